package fr.agora.application.port.out.readiness;

import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.shared.Uai;
import java.util.Optional;

/** Reads the current version of a school's grid for a CCF unit. */
public interface LoadReadinessGridPort {
    Optional<ReadinessGrid> loadCurrentGrid(Uai uai, String unitCode);
}
