package fr.agora.application.service.receivables;

import fr.agora.application.port.in.receivables.AgeReceivablesCommand;
import fr.agora.application.port.in.receivables.AgeReceivablesUseCase;
import fr.agora.domain.receivables.AgeingReport;
import fr.agora.domain.receivables.ReceivablesAgeing;

public final class AgeReceivablesService implements AgeReceivablesUseCase {
    private final ReceivablesAgeing ageing = new ReceivablesAgeing();

    @Override
    public AgeingReport age(AgeReceivablesCommand c) {
        return ageing.age(c.date(), c.items(), c.policy(), c.terms());
    }
}
