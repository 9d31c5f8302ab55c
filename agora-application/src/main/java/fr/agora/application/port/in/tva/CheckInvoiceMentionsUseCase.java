package fr.agora.application.port.in.tva;

import fr.agora.domain.invoice.InvoiceHeader;
import fr.agora.domain.invoice.MentionsCheck;
import fr.agora.domain.tva.Amounts;

/** Lists the mandatory mentions missing or wrong in an invoice header. */
public interface CheckInvoiceMentionsUseCase {

    MentionsCheck.Result check(Command command);

    /** The header to check (itself required; its fields may be missing, that is what is reported). */
    record Command(InvoiceHeader header) {
        public Command {
            Amounts.required(header, "header");
        }
    }
}
