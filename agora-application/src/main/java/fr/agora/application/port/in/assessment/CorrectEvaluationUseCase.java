package fr.agora.application.port.in.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * Corrects an evaluation: appends a new record that supersedes it (never erases). A second correction of the same
 * record is a conflict (409): correct the latest record instead. {@link #validate} records a teacher's validation
 * the same way.
 */
public interface CorrectEvaluationUseCase {

    Evaluation correct(Command command);

    Evaluation validate(ValidateCommand command);

    record Command(Caller caller, String studentId, String evaluationId, String level, String date, String comment) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (studentId == null || studentId.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
            if (evaluationId == null || evaluationId.isBlank()) throw new InvalidInputException("evaluationId", "evaluationId is required");
            if (level == null || level.isBlank()) throw new InvalidInputException("level", "level is required");
        }
    }

    record ValidateCommand(Caller caller, String studentId, String evaluationId) {
        public ValidateCommand {
            Objects.requireNonNull(caller, "caller");
            if (studentId == null || studentId.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
            if (evaluationId == null || evaluationId.isBlank()) throw new InvalidInputException("evaluationId", "evaluationId is required");
        }
    }
}
