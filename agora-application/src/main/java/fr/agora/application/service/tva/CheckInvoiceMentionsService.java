package fr.agora.application.service.tva;

import fr.agora.application.port.in.tva.CheckInvoiceMentionsUseCase;
import fr.agora.domain.invoice.MentionsCheck;

public class CheckInvoiceMentionsService implements CheckInvoiceMentionsUseCase {

    private final MentionsCheck check = new MentionsCheck();

    @Override
    public MentionsCheck.Result check(Command command) {
        return check.check(command.header());
    }
}
