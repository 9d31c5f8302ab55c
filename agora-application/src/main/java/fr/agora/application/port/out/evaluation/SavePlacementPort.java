package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.Placement;

/** Creates or replaces a student's placement for one period (the caller has checked the student's school). */
public interface SavePlacementPort {
    void savePlacement(Placement placement);
}
