package fr.agora.application.port.in.grid;

import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.Student;
import java.util.List;

/** A cohort's students, in the register's order, each with their effective evaluations in chronological order. */
public record CohortEvaluations(Cohort cohort, List<StudentEvaluations> students) {

    public CohortEvaluations {
        students = List.copyOf(students);
    }

    public record StudentEvaluations(Student student, List<Evaluation> evaluations) {
        public StudentEvaluations {
            evaluations = List.copyOf(evaluations);
        }
    }
}
