package fr.agora.application.port.in.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * Records one or many evaluations (an ENT sending a period at once), all or nothing, idempotent on the
 * client-supplied key: replaying the same key with the same payload returns the first answer and stores nothing;
 * the same key with another payload is a conflict.
 */
public interface RecordEvaluationsUseCase {

    Result record(Command command);

    /** One evaluation as received; codes are checked against the cohort's référentiel by the service. */
    record EvaluationInput(String studentId, String competency, String criterion, String period, String date, String level,
                           String evaluatorId, String evaluatorRole, List<String> complexityFactors, List<String> aleas,
                           String comment, String evidenceLink) {
        public EvaluationInput {
            complexityFactors = complexityFactors == null ? List.of() : List.copyOf(complexityFactors);
            aleas = aleas == null ? List.of() : List.copyOf(aleas);
        }
    }

    record Command(Caller caller, String idempotencyKey, List<EvaluationInput> evaluations) {
        public static final int MAX_BATCH = 20_000;

        public Command {
            Objects.requireNonNull(caller, "caller");
            if (idempotencyKey == null || idempotencyKey.isBlank()) throw new InvalidInputException("idempotencyKey", "idempotencyKey is required");
            if (idempotencyKey.length() > 100) throw new InvalidInputException("idempotencyKey", "idempotencyKey is longer than 100 characters");
            if (evaluations == null || evaluations.isEmpty()) throw new InvalidInputException("evaluations", "at least one evaluation is required");
            if (evaluations.size() > MAX_BATCH) throw new InvalidInputException("evaluations", "at most " + MAX_BATCH + " evaluations per request");
            for (int i = 0; i < evaluations.size(); i++) {
                if (evaluations.get(i) == null) throw new InvalidInputException("evaluations[" + i + "]", "evaluation is required");
            }
            evaluations = List.copyOf(evaluations);
        }
    }

    /** The ids created, in the order received; {@code replayed} when the key had already been used. */
    record Result(List<EvaluationId> ids, boolean replayed) {
    }
}
