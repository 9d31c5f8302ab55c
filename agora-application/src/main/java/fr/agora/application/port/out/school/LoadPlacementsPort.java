package fr.agora.application.port.out.school;

import fr.agora.domain.school.Placement;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.util.List;

/** Reads PFMP placements within one school. */
public interface LoadPlacementsPort {
    List<Placement> loadPlacementsOfStudent(Uai uai, StudentId studentId);
}
