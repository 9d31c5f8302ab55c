package fr.agora.application.port.in.grid;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** Read one student's PFMP grid; {@code policy} null ⇒ the school's default (it decides each cell's level). */
public record StudentGridCommand(Caller caller, String studentId, AggregationPolicy policy) {
    public StudentGridCommand {
        Objects.requireNonNull(caller, "caller");
        if (studentId == null || studentId.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
    }
}
