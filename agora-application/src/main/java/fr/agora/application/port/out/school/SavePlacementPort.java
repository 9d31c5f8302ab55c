package fr.agora.application.port.out.school;

import fr.agora.domain.school.Placement;

/** Creates or replaces a student's placement for one period (the caller has checked the student's school). */
public interface SavePlacementPort {
    void savePlacement(Placement placement);
}
