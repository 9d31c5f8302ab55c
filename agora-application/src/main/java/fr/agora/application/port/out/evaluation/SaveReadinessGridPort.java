package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.ReadinessGrid;
import fr.agora.domain.evaluation.Uai;

/**
 * Appends a version of a school's grid. Must refuse with an
 * {@link fr.agora.domain.evaluation.EvaluationConflictException} a version that already exists (two admins at once).
 */
public interface SaveReadinessGridPort {
    void saveGrid(Uai uai, ReadinessGrid grid);
}
