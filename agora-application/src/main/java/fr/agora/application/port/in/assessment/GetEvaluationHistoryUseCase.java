package fr.agora.application.port.in.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.application.port.in.shared.Page;

/**
 * A student's full, append-only history: every record, superseded ones included, chronologically; optionally only
 * one competency. A tutor sees only the students placed with them.
 */
public interface GetEvaluationHistoryUseCase {

    /** One page of the history, oldest first; {@code competency} null or blank ⇒ every competency. */
    Page<Evaluation> history(Caller caller, String studentId, String competency, int page, int size);
}
