package fr.agora.application.port.in.readiness;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A school's evaluation grid for a CCF unit (U31, U32), from which proposed marks are computed. Revising appends a
 * new version (school admin only); the grid is checked against the référentiel version it is written for (a CCF unit,
 * competencies of that unit's bloc only) and must give points to every counting level of the current scale.
 */
public interface ConfigureReadinessGridUseCase {

    ReadinessGrid reviseGrid(Command command);

    /** Empty when the school has no grid for that unit. Teachers and admins only. */
    Optional<ReadinessGrid> currentGrid(Caller caller, String unitCode);

    record Command(Caller caller, String unitCode, String referentielId, String referentielVersion, Map<String, BigDecimal> weights,
                   Map<String, BigDecimal> pointsPerLevel, BigDecimal roundingStep) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (unitCode == null || unitCode.isBlank()) throw new InvalidInputException("unit", "unit is required");
            if (referentielId == null || referentielId.isBlank()) throw new InvalidInputException("referentielId", "referentielId is required");
            if (referentielVersion == null || referentielVersion.isBlank()) throw new InvalidInputException("referentielVersion", "referentielVersion is required");
        }
    }
}
