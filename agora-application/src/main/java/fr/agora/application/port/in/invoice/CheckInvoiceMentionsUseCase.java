package fr.agora.application.port.in.invoice;

import fr.agora.domain.invoice.MentionsCheck;

/** Lists the mandatory mentions missing or wrong in an invoice header. */
public interface CheckInvoiceMentionsUseCase {

    MentionsCheck.Result check(CheckInvoiceMentionsCommand command);
}
