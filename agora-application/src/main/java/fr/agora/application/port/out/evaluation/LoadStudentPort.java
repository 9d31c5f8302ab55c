package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.CohortId;
import fr.agora.domain.evaluation.Ine;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.StudentId;
import fr.agora.domain.evaluation.Uai;
import java.util.List;
import java.util.Optional;

/** Reads students, always within one school. */
public interface LoadStudentPort {
    Optional<Student> loadStudent(Uai uai, StudentId id);

    List<Student> loadStudentsOfCohort(Uai uai, CohortId cohortId);

    Optional<Student> findStudentByIne(Uai uai, Ine ine);
}
