package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.Placement;
import fr.agora.domain.evaluation.StudentId;
import fr.agora.domain.evaluation.Uai;
import java.util.List;

/** Reads PFMP placements within one school. */
public interface LoadPlacementsPort {
    List<Placement> loadPlacementsOfStudent(Uai uai, StudentId studentId);
}
