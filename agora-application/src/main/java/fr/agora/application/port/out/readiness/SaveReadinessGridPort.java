package fr.agora.application.port.out.readiness;

import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.shared.Uai;

/**
 * Appends a version of a school's grid. Must refuse with an
 * {@link fr.agora.domain.shared.ConflictException} a version that already exists (two admins at once).
 */
public interface SaveReadinessGridPort {
    void saveGrid(Uai uai, ReadinessGrid grid);
}
