package fr.agora.application.port.in.evaluation;

import fr.agora.domain.evaluation.Evaluation;
import java.util.List;

/**
 * A student's full, append-only history: every record, superseded ones included, chronologically; optionally only
 * one competency. A tutor sees only the students placed with them.
 */
public interface GetEvaluationHistoryUseCase {

    /** {@code competency} null ⇒ every competency. */
    List<Evaluation> history(Caller caller, String studentId, String competency);
}
