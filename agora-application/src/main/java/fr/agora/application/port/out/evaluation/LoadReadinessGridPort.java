package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.ReadinessGrid;
import fr.agora.domain.evaluation.Uai;
import java.util.Optional;

/** Reads the current version of a school's grid for a CCF unit. */
public interface LoadReadinessGridPort {
    Optional<ReadinessGrid> loadCurrentGrid(Uai uai, String unitCode);
}
