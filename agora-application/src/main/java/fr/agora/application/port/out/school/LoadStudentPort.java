package fr.agora.application.port.out.school;

import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Ine;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.util.List;
import java.util.Optional;

/** Reads students, always within one school. */
public interface LoadStudentPort {
    Optional<Student> loadStudent(Uai uai, StudentId id);

    List<Student> loadStudentsOfCohort(Uai uai, CohortId cohortId);

    Optional<Student> findStudentByIne(Uai uai, Ine ine);
}
