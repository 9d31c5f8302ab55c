package fr.agora.application.port.in.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * The file variant of {@link RecordEvaluationsUseCase} (the REST adapter reads the CSV: header {@code student_id;competency;criterion;period;date;
 * level;evaluator_id;evaluator_role;complexity_factors;aleas;comment;evidence_link} (lists separated by {@code |}),
 * all or nothing with a line-by-line report, idempotent on the key (a line's problem names it: {@code line 12: comment}).
 */
public interface ImportEvaluationsCsvUseCase {

    RecordEvaluationsUseCase.Result importCsv(Command command);

    /** One evaluation of the file and its line number (the header is line 1), for the report. */
    record Line(int line, RecordEvaluationsUseCase.EvaluationInput input) {
    }

    /** The file's evaluations as the inbound adapter read them (it reports the file's shape errors itself). */
    record Command(Caller caller, String idempotencyKey, List<Line> lines, String operation) {
        public static final String DEFAULT_OPERATION = "importEvaluationsCsv";

        public Command {
            Objects.requireNonNull(caller, "caller");
            RecordEvaluationsUseCase.Command.checkKey(idempotencyKey);
            if (lines == null || lines.isEmpty()) throw new InvalidInputException("csv", "the file has no evaluation");
            lines = List.copyOf(lines);
            if (operation == null || operation.isBlank()) operation = DEFAULT_OPERATION;
        }

        public Command(Caller caller, String idempotencyKey, List<Line> lines) {
            this(caller, idempotencyKey, lines, DEFAULT_OPERATION);
        }
    }
}
