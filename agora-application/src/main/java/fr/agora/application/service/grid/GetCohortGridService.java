package fr.agora.application.service.grid;

import fr.agora.application.port.in.grid.CohortGridCommand;
import fr.agora.application.port.in.grid.GetCohortGridUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.grid.LoadGridLayoutPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.assessment.AssessmentLookups;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationHistory;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.grid.CohortGrid;
import fr.agora.domain.grid.GridLayout;
import fr.agora.domain.grid.GridSheet;
import fr.agora.domain.grid.StudentGrid;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A cohort's PFMP grid sheets (the booklet) and the counts per cell; teachers, school admins and the ENT. */
public final class GetCohortGridService implements GetCohortGridUseCase {

    /** The ports this read needs. */
    public record Ports(LoadCohortPort cohorts, LoadStudentPort students, LoadPlacementsPort placements,
                        LoadFrameworkPort frameworks, LoadGridLayoutPort layouts, LoadEvaluationsPort evaluations,
                        LoadScalePort scales, LoadEstablishmentPort establishments) {
    }

    private final Ports ports;

    public GetCohortGridService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public CohortGrid cohortGrid(CohortGridCommand command) {
        Caller caller = command.caller();
        Roles.require(caller, Caller.Role.TEACHER, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort cohort = SchoolLookups.cohort(ports.cohorts(), caller, new CohortId(command.cohortId()));
        CompetencyFramework fw = AssessmentLookups.framework(ports.frameworks(), cohort);
        GridLayout layout = GridLookups.layout(ports.layouts(), cohort);
        ScaleHistory scales = AssessmentLookups.scales(ports.scales(), caller);
        AggregationPolicy policy = AssessmentLookups.policy(ports.establishments(), caller, command.policy());
        String school = GridLookups.schoolName(ports.establishments(), caller);
        Map<StudentId, List<Evaluation>> all = ports.evaluations().loadEvaluationsOfCohort(caller.uai(), cohort.id());
        List<GridSheet> sheets = new ArrayList<>();
        for (Student s : ports.students().loadStudentsOfCohort(caller.uai(), cohort.id())) {
            List<Evaluation> effective = EvaluationHistory.of(s.id(), all.getOrDefault(s.id(), List.of())).effective();
            StudentGrid grid = StudentGrid.of(fw, s.id(), effective, scales, policy, cohort.plannedPeriods());
            sheets.add(new GridSheet(school, cohort, s, ports.placements().loadPlacementsOfStudent(caller.uai(), s.id()), layout, grid));
        }
        return CohortGrid.of(school, cohort, layout, cohort.plannedPeriods(), sheets);
    }
}
