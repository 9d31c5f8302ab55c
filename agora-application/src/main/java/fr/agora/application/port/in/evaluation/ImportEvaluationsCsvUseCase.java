package fr.agora.application.port.in.evaluation;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * The CSV variant of {@link RecordEvaluationsUseCase}: header {@code student_id;competency;criterion;period;date;
 * level;evaluator_id;evaluator_role;complexity_factors;aleas;comment;evidence_link} (lists separated by {@code |}),
 * all or nothing with a line-by-line report, idempotent on the key.
 */
public interface ImportEvaluationsCsvUseCase {

    RecordEvaluationsUseCase.Result importCsv(Command command);

    record Command(Caller caller, String idempotencyKey, String csv) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (idempotencyKey == null || idempotencyKey.isBlank()) throw new InvalidInputException("idempotencyKey", "idempotencyKey is required");
            if (csv == null || csv.isBlank()) throw new InvalidInputException("csv", "the file is empty");
        }
    }
}
