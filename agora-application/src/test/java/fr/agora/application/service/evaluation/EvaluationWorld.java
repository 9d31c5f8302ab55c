package fr.agora.application.service.evaluation;

import fr.agora.application.port.in.evaluation.Caller;
import fr.agora.application.port.in.evaluation.RecordEvaluationsUseCase.EvaluationInput;
import fr.agora.domain.evaluation.AggregationPolicy;
import fr.agora.domain.evaluation.Cohort;
import fr.agora.domain.evaluation.CohortId;
import fr.agora.domain.evaluation.Establishment;
import fr.agora.domain.evaluation.Ine;
import fr.agora.domain.evaluation.OrganisationKind;
import fr.agora.domain.evaluation.PeriodCode;
import fr.agora.domain.evaluation.PfmpPeriod;
import fr.agora.domain.evaluation.Placement;
import fr.agora.domain.evaluation.StaticCompetencyFramework;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.StudentId;
import fr.agora.domain.evaluation.Uai;
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
final class EvaluationWorld {

    static final Uai A = Uai.of("0691234A");
    static final Uai B = Uai.of("0751234B");
    static final CohortId COHORT_A = new CohortId("cohort-a");
    static final CohortId COHORT_B = new CohortId("cohort-b");
    static final StudentId ALICE = StudentId.of("alice");
    static final StudentId BOB = StudentId.of("bob");
    static final StudentId ZOE = StudentId.of("zoe"); // school B
    static final Caller TEACHER_A = new Caller(A, Caller.Role.TEACHER, "prof@lycee-a.fr");
    static final Caller ADMIN_A = new Caller(A, Caller.Role.SCHOOL_ADMIN, "admin@lycee-a.fr");
    static final Caller ENT_A = new Caller(A, Caller.Role.ENT_INTEGRATION, "ent-client-a");
    static final Caller TUTOR_A = new Caller(A, Caller.Role.TUTOR, "Martin@Mairie.fr");
    static final Caller TEACHER_B = new Caller(B, Caller.Role.TEACHER, "prof@lycee-b.fr");
    static final Caller ADMIN_B = new Caller(B, Caller.Role.SCHOOL_ADMIN, "admin@lycee-b.fr");

    final InMemoryEvaluationStore store = new InMemoryEvaluationStore();
    final Clock clock = Clock.fixed(Instant.parse("2026-01-20T10:00:00Z"), ZoneOffset.UTC);
    final StaticCompetencyFramework framework = StaticCompetencyFramework.builder("bacpro-agora", "test")
            .competency("1.1.1", 1, Set.of("1.1.1-a"), Set.of("CF1"), Set.of("AL1"))
            .competency("1.1.2", 1)
            .competency("2.1.1", 2)
            .competency("3.1.1", 3)
            .agoraUnits().build();
    final SchoolContext school = new SchoolContext(store, store, store, store, store, store);
    final RecordEvaluationsService record = new RecordEvaluationsService(school, store, store, store, store, clock);
    final ImportEvaluationsCsvService importCsv = new ImportEvaluationsCsvService(record);
    final CorrectEvaluationService correct = new CorrectEvaluationService(school, store, store, store, clock);
    final EvaluationQueryService queries = new EvaluationQueryService(school, store, store, store, clock);
    final ImportStudentsService importStudents = new ImportStudentsService(school, store, store, store);
    final ConfigureScaleService scales = new ConfigureScaleService(store, store, store);
    final StudentPrivacyService privacy = new StudentPrivacyService(school, store, store, store, store, store, store, store, clock);

    EvaluationWorld() {
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

    static EvaluationInput input(StudentId student, String competency, String period, String date, String level) {
        return new EvaluationInput(student.value(), competency, null, period, date, level, "prof@lycee-a.fr", "ENSEIGNANT",
                List.of(), List.of(), null, null);
    }

    static EvaluationInput tutorInput(StudentId student, String competency, String period, String level) {
        return new EvaluationInput(student.value(), competency, null, period, "2025-02-01", level, null, "TUTEUR",
                List.of(), List.of(), null, null);
    }
}
