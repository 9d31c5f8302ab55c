package fr.agora.application.service.invoice;

import fr.agora.application.port.in.invoice.CheckInvoiceMentionsCommand;
import fr.agora.application.port.in.invoice.CheckInvoiceMentionsUseCase;
import fr.agora.domain.invoice.MentionsCheck;

public final class CheckInvoiceMentionsService implements CheckInvoiceMentionsUseCase {

    private final MentionsCheck check = new MentionsCheck();

    @Override
    public MentionsCheck.Result check(CheckInvoiceMentionsCommand command) {
        return check.check(command.header());
    }
}
