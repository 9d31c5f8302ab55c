package fr.agora.application.port.out.school;

import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.Uai;
import java.util.List;

/** Lists a school's students (optionally of one cohort), by last name, first name, id, one page at a time. */
public interface ListStudentsPort {
    List<Student> listStudents(Uai uai, CohortId cohortId, int offset, int limit);

    long countStudents(Uai uai, CohortId cohortId);

    /** The students (optionally of one cohort) placed with this tutor (e-mail, lower-cased) in at least one period, same order. */
    List<Student> listStudentsOfTutor(Uai uai, String tutorEmail, CohortId cohortId, int offset, int limit);

    long countStudentsOfTutor(Uai uai, String tutorEmail, CohortId cohortId);
}
