package fr.agora.application.service.coverage;

import fr.agora.application.port.in.coverage.GetCohortCoverageUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.assessment.AssessmentLookups;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.CoverageRecord;
import fr.agora.domain.assessment.ScaleHistory;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.coverage.CohortCoverageFold;
import fr.agora.domain.coverage.CoverageSettings;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The cohort heatmap: every student's coverage matrix folded into counts per competency × period, and who is at risk. */
public final class GetCohortCoverageService implements GetCohortCoverageUseCase {

    private final LoadCohortPort cohorts;
    private final LoadStudentPort students;
    private final LoadFrameworkPort frameworks;
    private final LoadEvaluationsPort evaluations;
    private final LoadScalePort scales;
    private final LoadEstablishmentPort establishments;
    private final Clock clock;

    public GetCohortCoverageService(LoadCohortPort cohorts, LoadStudentPort students, LoadFrameworkPort frameworks,
                                    LoadEvaluationsPort evaluations, LoadScalePort scales, LoadEstablishmentPort establishments,
                                    Clock clock) {
        this.cohorts = cohorts;
        this.students = students;
        this.frameworks = frameworks;
        this.evaluations = evaluations;
        this.scales = scales;
        this.establishments = establishments;
        this.clock = clock;
    }

    @Override
    public CohortCoverage cohortCoverage(Query q) {
        Caller caller = q.caller();
        Roles.require(caller, Caller.Role.TEACHER, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort cohort = SchoolLookups.cohort(cohorts, caller, new CohortId(q.cohortId()));
        CompetencyFramework fw = AssessmentLookups.framework(frameworks, cohort);
        ScaleHistory history = AssessmentLookups.scales(scales, caller);
        AggregationPolicy policy = AssessmentLookups.policy(establishments, caller, q.policy());
        CoverageSettings settings = CoverageSettings.of(cohort, LocalDate.now(clock), q.atRiskThreshold());
        Map<StudentId, List<CoverageRecord>> all = evaluations.loadCoverageRecordsOfCohort(caller.uai(), cohort.id());
        List<StudentId> members = students.loadStudentsOfCohort(caller.uai(), cohort.id()).stream().map(Student::id).toList();
        // the heatmap straight from the records, without a full CoverageMatrix per student (RELIABILITY.md §6)
        return CohortCoverageFold.of(fw, settings, history, policy, members, all);
    }
}
