package fr.agora.application.service.evaluation;

import fr.agora.application.port.in.evaluation.Caller;
import fr.agora.application.port.in.evaluation.GetAggregatedStateUseCase;
import fr.agora.application.port.in.evaluation.GetCohortCoverageUseCase;
import fr.agora.application.port.in.evaluation.GetExamReadinessUseCase;
import fr.agora.application.port.in.evaluation.GetStudentCoverageUseCase;
import fr.agora.application.port.out.evaluation.LoadEvaluationsPort;
import fr.agora.application.port.out.evaluation.LoadReadinessGridPort;
import fr.agora.application.port.out.evaluation.LoadStudentPort;
import fr.agora.domain.evaluation.AggregatedState;
import fr.agora.domain.evaluation.AggregationPolicy;
import fr.agora.domain.evaluation.Cohort;
import fr.agora.domain.evaluation.CohortCoverage;
import fr.agora.domain.evaluation.CohortId;
import fr.agora.domain.evaluation.CompetencyFramework;
import fr.agora.domain.evaluation.CoverageMatrix;
import fr.agora.domain.evaluation.CoverageSettings;
import fr.agora.domain.evaluation.Evaluation;
import fr.agora.domain.evaluation.EvaluationHistory;
import fr.agora.domain.evaluation.ReadinessGrid;
import fr.agora.domain.evaluation.ScaleHistory;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.StudentId;
import fr.agora.domain.evaluation.UnitReadiness;
import fr.agora.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read side: aggregated state, student and cohort coverage, exam readiness. */
public final class EvaluationQueryService implements GetAggregatedStateUseCase, GetStudentCoverageUseCase,
        GetCohortCoverageUseCase, GetExamReadinessUseCase {

    private final SchoolContext school;
    private final LoadStudentPort students;
    private final LoadEvaluationsPort evaluations;
    private final LoadReadinessGridPort grids;
    private final Clock clock;

    public EvaluationQueryService(SchoolContext school, LoadStudentPort students, LoadEvaluationsPort evaluations,
                                  LoadReadinessGridPort grids, Clock clock) {
        this.school = school;
        this.students = students;
        this.evaluations = evaluations;
        this.grids = grids;
        this.clock = clock;
    }

    @Override
    public AggregatedState aggregatedState(GetAggregatedStateUseCase.Query q) {
        Student s = school.visibleStudent(q.caller(), q.studentId());
        CompetencyFramework fw = school.framework(school.cohort(q.caller(), s.cohortId()));
        String code = q.competency().trim();
        if (!fw.knows(code)) {
            throw new InvalidInputException("unknown-code", "competency", "'" + code + "' is not a competency of référentiel "
                    + fw.referentielId() + " " + fw.version(), Map.of("value", code));
        }
        return school.policy(q.caller(), q.policy()).aggregate(code, effective(q.caller(), s).stream()
                .filter(e -> e.competencyCode().equals(code)).toList(), school.scales(q.caller()));
    }

    @Override
    public CoverageMatrix studentCoverage(GetStudentCoverageUseCase.Query q) {
        Student s = school.visibleStudent(q.caller(), q.studentId());
        Cohort cohort = school.cohort(q.caller(), s.cohortId());
        return CoverageMatrix.of(school.framework(cohort), s.id(), effective(q.caller(), s), school.scales(q.caller()),
                school.policy(q.caller(), q.policy()), settings(cohort, q.atRiskThreshold()));
    }

    @Override
    public CohortCoverage cohortCoverage(GetCohortCoverageUseCase.Query q) {
        Caller caller = q.caller();
        SchoolContext.requireRole(caller, Caller.Role.TEACHER, Caller.Role.SCHOOL_ADMIN, Caller.Role.ENT_INTEGRATION);
        Cohort cohort = school.cohort(caller, new CohortId(q.cohortId()));
        CompetencyFramework fw = school.framework(cohort);
        ScaleHistory scales = school.scales(caller);
        AggregationPolicy policy = school.policy(caller, q.policy());
        CoverageSettings settings = settings(cohort, q.atRiskThreshold());
        Map<StudentId, List<Evaluation>> all = evaluations.loadCoverageRecordsOfCohort(caller.uai(), cohort.id());
        List<CoverageMatrix> ms = new ArrayList<>();
        for (Student s : students.loadStudentsOfCohort(caller.uai(), cohort.id())) {
            List<Evaluation> effective = EvaluationHistory.of(s.id(), all.getOrDefault(s.id(), List.of())).effective();
            ms.add(CoverageMatrix.of(fw, s.id(), effective, scales, policy, settings));
        }
        return CohortCoverage.of(fw, settings, ms);
    }

    @Override
    public List<UnitReadiness> examReadiness(GetExamReadinessUseCase.Query q) {
        Caller caller = q.caller();
        Student s = school.visibleStudent(caller, q.studentId());
        CompetencyFramework fw = school.framework(school.cohort(caller, s.cohortId()));
        AggregationPolicy policy = school.policy(caller, q.policy());
        ScaleHistory scales = school.scales(caller);
        List<Evaluation> effective = effective(caller, s);
        Map<String, AggregatedState> states = new LinkedHashMap<>();
        for (String c : fw.competencyCodes()) {
            states.put(c, policy.aggregate(c, effective.stream().filter(e -> e.competencyCode().equals(c)).toList(), scales));
        }
        List<UnitReadiness> out = new ArrayList<>();
        for (CompetencyFramework.ExamUnit u : fw.examUnits()) {
            ReadinessGrid grid = u.ccf() && caller.mayReadProposedMarks() ? grids.loadCurrentGrid(caller.uai(), u.code()).orElse(null) : null;
            out.add(UnitReadiness.of(fw, u.code(), states, grid));
        }
        return out;
    }

    private List<Evaluation> effective(Caller caller, Student s) {
        return EvaluationHistory.of(s.id(), evaluations.loadEvaluationsOfStudent(caller.uai(), s.id())).effective();
    }

    private CoverageSettings settings(Cohort cohort, Integer threshold) {
        return new CoverageSettings(cohort.plannedPeriods(), cohort.currentPeriod(LocalDate.now(clock)), threshold == null ? 1 : threshold);
    }
}
