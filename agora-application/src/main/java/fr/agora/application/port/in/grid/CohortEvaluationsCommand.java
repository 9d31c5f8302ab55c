package fr.agora.application.port.in.grid;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** Read every effective evaluation of a cohort (for its spreadsheet export). */
public record CohortEvaluationsCommand(Caller caller, String cohortId) {
    public CohortEvaluationsCommand {
        Objects.requireNonNull(caller, "caller");
        if (cohortId == null || cohortId.isBlank()) throw new InvalidInputException("cohortId", "cohortId is required");
    }
}
