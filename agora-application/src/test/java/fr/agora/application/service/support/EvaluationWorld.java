package fr.agora.application.service.support;

import fr.agora.application.service.assessment.ConfigureScaleService;
import fr.agora.application.service.assessment.CorrectEvaluationService;
import fr.agora.application.service.assessment.ImportEvaluationsCsvService;
import fr.agora.application.service.assessment.RecordEvaluationsService;
import fr.agora.application.service.assessment.GetAggregatedStateService;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.application.service.coverage.GetCohortCoverageService;
import fr.agora.application.service.coverage.GetStudentCoverageService;
import fr.agora.application.service.readiness.GetExamReadinessService;
import fr.agora.application.service.school.ImportStudentsService;
import fr.agora.application.service.school.StudentPrivacyService;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.EvaluationInput;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.school.Ine;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two schools, A and B, each with a cohort and students; Alice (A) is placed with tutor martin@mairie.fr in P1
 * and P2; the clock is in P3 (2026-01-20). Services are wired on one {@link InMemoryEvaluationStore}.
 */
public final class EvaluationWorld {

    public static final Uai A = Uai.of("0691234A");
    public static final Uai B = Uai.of("0751234B");
    public static final CohortId COHORT_A = new CohortId("cohort-a");
    public static final CohortId COHORT_B = new CohortId("cohort-b");
    public static final StudentId ALICE = StudentId.of("alice");
    public static final StudentId BOB = StudentId.of("bob");
    public static final StudentId ZOE = StudentId.of("zoe"); // school B
    public static final Caller TEACHER_A = new Caller(A, Caller.Role.TEACHER, "prof@lycee-a.fr");
    public static final Caller ADMIN_A = new Caller(A, Caller.Role.SCHOOL_ADMIN, "admin@lycee-a.fr");
    public static final Caller ENT_A = new Caller(A, Caller.Role.ENT_INTEGRATION, "ent-client-a");
    public static final Caller TUTOR_A = new Caller(A, Caller.Role.TUTOR, "Martin@Mairie.fr");
    public static final Caller TEACHER_B = new Caller(B, Caller.Role.TEACHER, "prof@lycee-b.fr");
    public static final Caller ADMIN_B = new Caller(B, Caller.Role.SCHOOL_ADMIN, "admin@lycee-b.fr");

    public final InMemoryEvaluationStore store = new InMemoryEvaluationStore();
    public final Clock clock = Clock.fixed(Instant.parse("2026-01-20T10:00:00Z"), ZoneOffset.UTC);
    public final CompetencyFramework framework = CompetencyFramework.builder("bacpro-agora", "test")
            .competency("1.1.1", 1, Set.of("1.1.1-a"), Set.of("CF1"), Set.of("AL1"))
            .competency("1.1.2", 1)
            .competency("2.1.1", 2)
            .competency("3.1.1", 3)
            .unit("U31", 1, true).unit("U2", 2, false).unit("U32", 3, true).build();
    /** What the use cases published to the webhook outbox, in order. */
    public final java.util.List<fr.agora.domain.webhook.WebhookEvent> published = new java.util.ArrayList<>();
    private final fr.agora.application.port.out.webhook.PublishWebhookEventPort outbox = published::addAll;
    public final RecordEvaluationsService record = new RecordEvaluationsService(store, store, store, store, store, store, store, store, clock, outbox);
    public final ImportEvaluationsCsvService importCsv = new ImportEvaluationsCsvService(record);
    public final CorrectEvaluationService correct = new CorrectEvaluationService(store, store, store, store, store, store, store, clock, outbox);
    public final StudentRecords.Ports studentRecords = new StudentRecords.Ports(store, store, store, store, store, store, store);
    public final GetAggregatedStateService aggregatedState = new GetAggregatedStateService(studentRecords);
    public final GetStudentCoverageService studentCoverage = new GetStudentCoverageService(studentRecords, clock);
    public final GetCohortCoverageService cohortCoverage = new GetCohortCoverageService(store, store, store, store, store, store, clock);
    public final GetExamReadinessService examReadiness = new GetExamReadinessService(studentRecords, store);
    public final ImportStudentsService importStudents = new ImportStudentsService(store, store, store, store);
    public final ConfigureScaleService scales = new ConfigureScaleService(store, store, store);
    public final StudentPrivacyService privacy = new StudentPrivacyService(store, store, store, store, store, store, store, clock);

    public EvaluationWorld() {
        store.add(framework);
        store.add(new Establishment(A, "Lycée A", AggregationPolicy.schoolDefault()));
        store.add(new Establishment(B, "Lycée B", AggregationPolicy.last()));
        List<PfmpPeriod> periods = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 6);
        for (PeriodCode p : PeriodCode.values()) {
            periods.add(new PfmpPeriod(p, start, start.plusWeeks(4).minusDays(3), 4));
            start = start.plusMonths(6);
        }
        // P1 2025-01-06, P2 2025-07-06, P3 2026-01-06 … → the clock (2026-01-20) is in P3
        store.add(new Cohort(COHORT_A, A, "2nde AGOrA 1", "bacpro-agora", "test", 2027, periods));
        store.add(new Cohort(COHORT_B, B, "2nde AGOrA", "bacpro-agora", "test", 2027, periods));
        store.add(new Student(ALICE, A, COHORT_A, Ine.of("123456789AB"), "DUPONT", "Alice"));
        store.add(new Student(BOB, A, COHORT_A, null, "MARTIN", "Bob"));
        store.add(new Student(ZOE, B, COHORT_B, null, "DURAND", "Zoé"));
        store.add(new Placement(ALICE, PeriodCode.P1, "Mairie de Lyon", OrganisationKind.COLLECTIVITE, "M. Martin", "martin@mairie.fr"));
        store.add(new Placement(ALICE, PeriodCode.P2, "Mairie de Lyon", OrganisationKind.COLLECTIVITE, "M. Martin", "martin@mairie.fr"));
        store.add(new Placement(BOB, PeriodCode.P1, "MAIF", OrganisationKind.MUTUELLE, "Mme Roux", "roux@maif.fr"));
    }

    public static EvaluationInput input(StudentId student, String competency, String period, String date, String level) {
        return new EvaluationInput(student.value(), competency, null, period, date, level, "prof@lycee-a.fr", "ENSEIGNANT",
                List.of(), List.of(), null, null);
    }

    public static EvaluationInput tutorInput(StudentId student, String competency, String period, String level) {
        return new EvaluationInput(student.value(), competency, null, period, "2025-02-01", level, null, "TUTEUR",
                List.of(), List.of(), null, null);
    }
}
