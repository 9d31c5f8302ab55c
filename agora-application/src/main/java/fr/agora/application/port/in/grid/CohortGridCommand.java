package fr.agora.application.port.in.grid;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** Read a cohort's PFMP grids; {@code policy} null ⇒ the school's default. */
public record CohortGridCommand(Caller caller, String cohortId, AggregationPolicy policy) {
    public CohortGridCommand {
        Objects.requireNonNull(caller, "caller");
        if (cohortId == null || cohortId.isBlank()) throw new InvalidInputException("cohortId", "cohortId is required");
    }
}
