package fr.agora.application.port.in.receivables;

import fr.agora.domain.receivables.AgeingReport;

/** Balance âgée of open receivables at a date, with each customer's reminder stage. */
public interface AgeReceivablesUseCase {
    AgeingReport age(AgeReceivablesCommand command);
}
