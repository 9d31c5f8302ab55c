package fr.agora.application.service.grid;

import fr.agora.application.port.in.grid.CohortEvaluations;
import fr.agora.application.port.in.grid.CohortEvaluationsCommand;
import fr.agora.application.port.in.grid.GetCohortEvaluationsUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationHistory;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A cohort's effective evaluations for export; teachers, school admins and the ENT. */
public final class GetCohortEvaluationsService implements GetCohortEvaluationsUseCase {

    private final LoadCohortPort cohorts;
    private final LoadStudentPort students;
    private final LoadEvaluationsPort evaluations;

    public GetCohortEvaluationsService(LoadCohortPort cohorts, LoadStudentPort students, LoadEvaluationsPort evaluations) {
        this.cohorts = cohorts;
        this.students = students;
        this.evaluations = evaluations;
    }

    @Override
    public CohortEvaluations cohortEvaluations(CohortEvaluationsCommand command) {
        Caller caller = command.caller();
        Roles.require(caller, Caller.Role.TEACHER, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort cohort = SchoolLookups.cohort(cohorts, caller, new CohortId(command.cohortId()));
        Map<StudentId, List<Evaluation>> all = evaluations.loadEvaluationsOfCohort(caller.uai(), cohort.id());
        List<CohortEvaluations.StudentEvaluations> out = new ArrayList<>();
        for (Student s : students.loadStudentsOfCohort(caller.uai(), cohort.id())) {
            out.add(new CohortEvaluations.StudentEvaluations(s, EvaluationHistory.of(s.id(), all.getOrDefault(s.id(), List.of())).effective()));
        }
        return new CohortEvaluations(cohort, out);
    }
}
