package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.CohortId;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.Uai;
import java.util.List;

/** Lists a school's students (optionally of one cohort), by last name, first name, id, one page at a time. */
public interface ListStudentsPort {
    List<Student> listStudents(Uai uai, CohortId cohortId, int offset, int limit);

    long countStudents(Uai uai, CohortId cohortId);
}
