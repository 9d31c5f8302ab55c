package fr.agora.application.port.in.assessment;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.ScaleLevel;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Changes a school's scale (school admin only): appends a new version; past evaluations keep the version they were
 * made with. {@code expectedVersion} is the version the admin edited (optimistic locking: 409 if it moved).
 */
public interface ConfigureScaleUseCase {

    EvaluationScale reviseScale(Command command);

    EvaluationScale currentScale(Caller caller);

    record Command(Caller caller, int expectedVersion, List<ScaleLevel> levels, BigDecimal threshold) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (levels == null || levels.isEmpty()) throw new InvalidInputException("levels", "levels are required");
            if (threshold == null) throw new InvalidInputException("threshold", "threshold is required");
            levels = List.copyOf(levels);
        }
    }
}
