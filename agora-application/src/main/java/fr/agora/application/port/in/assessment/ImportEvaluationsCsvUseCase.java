package fr.agora.application.port.in.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * The file variant of {@link RecordEvaluationsUseCase} (the REST adapter reads the CSV: header {@code student_id;competency;criterion;period;date;
 * level;evaluator_id;evaluator_role;complexity_factors;aleas;comment;evidence_link} (lists separated by {@code |}),
 * ); all or nothing with a line-by-line
 * report, idempotent on the key.
 */
public interface ImportEvaluationsCsvUseCase {

    RecordEvaluationsUseCase.Result importCsv(Command command);

    /** One evaluation of the file and its line number (the header is line 1), for the report. */
    record Line(int line, RecordEvaluationsUseCase.EvaluationInput input) {
    }

    /** The file's evaluations as the inbound adapter read them (it reports the file's shape errors itself). */
    record Command(Caller caller, String idempotencyKey, List<Line> lines) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (idempotencyKey == null || idempotencyKey.isBlank()) throw new InvalidInputException("idempotencyKey", "idempotencyKey is required");
            if (lines == null || lines.isEmpty()) throw new InvalidInputException("csv", "the file has no evaluation");
            lines = List.copyOf(lines);
        }
    }
}
