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

    /**
     * {@code operation} names what the key was sent to (e.g. {@code POST /api/v1/establishments/{uai}/evaluations/bulk}):
     * it is part of the request's fingerprint, so one key sent to two operations is two different requests.
     */
    record Command(Caller caller, String idempotencyKey, List<EvaluationInput> evaluations, String operation) {
        public static final int MAX_BATCH = 20_000;
        /** The idempotency key's column ({@code eval_idempotency.idem_key}). */
        public static final int MAX_KEY = 100;
        public static final String DEFAULT_OPERATION = "recordEvaluations";

        public Command {
            Objects.requireNonNull(caller, "caller");
            checkKey(idempotencyKey);
            if (evaluations == null || evaluations.isEmpty()) throw new InvalidInputException("evaluations", "at least one evaluation is required");
            if (evaluations.size() > MAX_BATCH) throw new InvalidInputException("evaluations", "at most " + MAX_BATCH + " evaluations per request");
            for (int i = 0; i < evaluations.size(); i++) {
                if (evaluations.get(i) == null) throw new InvalidInputException("evaluations[" + i + "]", "evaluation is required");
            }
            evaluations = List.copyOf(evaluations);
            if (operation == null || operation.isBlank() || operation.length() > 200) throw new IllegalArgumentException("operation must be 1–200 characters");
        }

        public Command(Caller caller, String idempotencyKey, List<EvaluationInput> evaluations) {
            this(caller, idempotencyKey, evaluations, DEFAULT_OPERATION);
        }

        /** 1–100 printable ASCII characters (a Structured Field String's, RFC 9651 §3.3.3, unquoted), not only spaces. */
        public static void checkKey(String key) {
            if (key == null || key.isBlank()) throw new InvalidInputException("idempotencyKey", "idempotencyKey is required");
            if (key.length() > MAX_KEY) throw new InvalidInputException("idempotencyKey", "idempotencyKey is longer than " + MAX_KEY + " characters");
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    throw new InvalidInputException("idempotencyKey", "idempotencyKey must be printable ASCII characters (a UUID is recommended)");
                }
            }
        }
    }

    /** The ids created, in the order received; {@code replayed} when the key had already been used. */
    record Result(List<EvaluationId> ids, boolean replayed) {
    }
}
