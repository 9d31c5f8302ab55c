package fr.agora.application.port.in.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.Evaluation;
import java.util.List;

/**
 * A student's full, append-only history: every record, superseded ones included, chronologically; optionally only
 * one competency. A tutor sees only the students placed with them.
 */
public interface GetEvaluationHistoryUseCase {

    /** {@code competency} null ⇒ every competency. */
    List<Evaluation> history(Caller caller, String studentId, String competency);
}
