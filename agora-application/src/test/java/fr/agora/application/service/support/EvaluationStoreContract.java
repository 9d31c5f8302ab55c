package fr.agora.application.service.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.out.assessment.IdempotencyPort;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.assessment.SaveEvaluationsPort;
import fr.agora.application.port.out.assessment.SaveScalePort;
import fr.agora.application.port.out.school.EraseStudentPort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.school.SaveStudentsPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluationScale;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.assessment.ScaleLevel;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Ine;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.Uai;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of the school-tracking out-ports promises, stated on the ports alone: run on the JDBC stores (H2
 * and PostgreSQL, in the persistence module, through this module's test-jar) and on {@link InMemoryEvaluationStore},
 * the fake the services' tests use — so a service test on the fake proves what it would on the database.
 */
public abstract class EvaluationStoreContract {

    protected static final Uai A = Uai.of("0691234A");
    protected static final Uai B = Uai.of("0751234B");
    protected static final CohortId COHORT_A = new CohortId("cohort-a");
    protected static final StudentId ALICE = StudentId.of("alice");
    protected static final StudentId ZOE = StudentId.of("zoe");

    /** The ports under test, one store behind them all. */
    public record Stores(LoadEstablishmentPort establishments, LoadCohortPort cohorts, LoadStudentPort students,
                            SaveStudentsPort saveStudents, EraseStudentPort eraseStudents, LoadPlacementsPort placements,
                            LoadEvaluationsPort loadEvaluations, SaveEvaluationsPort saveEvaluations, LoadScalePort loadScales,
                            SaveScalePort saveScales, IdempotencyPort idempotency, TransactionPort tx) {
    }

    /** A new, empty store. */
    protected abstract Stores emptyStores();

    /** Puts in place what the ports under test only read: written through the store's own means (a port or a set-up helper). */
    protected abstract void given(Establishment establishment, Cohort cohort, Placement placement);

    protected Stores stores;

    @BeforeEach
    void seedTwoSchools() {
        stores = emptyStores();
        List<PfmpPeriod> periods = List.of(new PfmpPeriod(PeriodCode.P1, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 1), 4),
                new PfmpPeriod(PeriodCode.P2, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 27), 4));
        given(new Establishment(A, "Lycée A", AggregationPolicy.schoolDefault()),
                new Cohort(COHORT_A, A, "2nde AGOrA 1", "bacpro-agora", "test", 2027, periods), null);
        given(new Establishment(B, "Lycée B", AggregationPolicy.bestOf(2).limitedTo(4)),
                new Cohort(new CohortId("cohort-b"), B, "2nde AGOrA", "bacpro-agora", "test", 2020, List.of()), null);
        stores.saveStudents().saveStudents(List.of(new Student(ALICE, A, COHORT_A, Ine.of("123456789AB"), "DUPONT", "Alice"),
                new Student(ZOE, B, new CohortId("cohort-b"), null, "DURAND", "Zoé")));
        given(null, null, new Placement(ALICE, PeriodCode.P1, "Mairie", OrganisationKind.COLLECTIVITE, "M. Martin", "martin@mairie.fr"));
    }

    protected static Evaluation eval(String id, StudentId student, String level, EvaluationId supersedes) {
        return new Evaluation(new EvaluationId(id), student, "1.1.1", "1.1.1-a", PeriodCode.P1, LocalDate.of(2025, 1, 10), level, 1,
                "martin@mairie.fr", EvaluatorRole.TUTEUR, Set.of("CF1", "CF2"), Set.of("AL1"), "très bien", "https://ent.example/p/1",
                supersedes, "ent", Instant.parse("2025-01-10T08:00:00.123456Z"), null);
    }

    @Test
    void everything_round_trips() {
        assertThat(stores.establishments().loadEstablishment(B).orElseThrow().defaultPolicy()).isEqualTo(AggregationPolicy.bestOf(2).limitedTo(4));
        Cohort c = stores.cohorts().loadCohort(A, COHORT_A).orElseThrow();
        assertThat(c.periods()).hasSize(2);
        assertThat(c.examSessionYear()).isEqualTo(2027);
        assertThat(stores.students().loadStudent(A, ALICE).orElseThrow().ine()).isEqualTo(Ine.of("123456789AB"));
        assertThat(stores.students().findStudentByIne(A, Ine.of("123456789AB"))).isPresent();
        assertThat(stores.students().loadStudentsOfCohort(A, COHORT_A)).extracting(Student::id).containsExactly(ALICE);
        assertThat(stores.placements().loadPlacementsOfStudent(A, ALICE)).singleElement().extracting(Placement::kind).isEqualTo(OrganisationKind.COLLECTIVITE);
        Evaluation e = eval("e1", ALICE, "3", null);
        stores.saveEvaluations().appendEvaluations(A, List.of(e));
        assertThat(stores.loadEvaluations().loadEvaluationsOfStudent(A, ALICE)).containsExactly(e);
        assertThat(stores.loadEvaluations().loadEvaluationsOfCohort(A, COHORT_A)).containsEntry(ALICE, List.of(e));
    }

    /** A record of {@code competency} on {@code date}, recorded at {@code recorded}. */
    private static Evaluation at(String id, String competency, String date, String recorded) {
        return new Evaluation(new EvaluationId(id), ALICE, competency, competency + "-a", PeriodCode.P1, LocalDate.parse(date), "3", 1,
                "martin@mairie.fr", EvaluatorRole.TUTEUR, Set.of(), Set.of(), null, null, null, "ent", Instant.parse(recorded), null);
    }

    @Test
    void the_history_is_paged_in_chronological_order_date_then_recording_then_id() {
        // stored out of order; expected order by hand: date, then recorded instant, then id
        stores.saveEvaluations().appendEvaluations(A, List.of(
                at("e5", "1.1.2", "2025-03-01", "2025-03-01T09:00:00Z"),
                at("e2", "1.1.1", "2025-01-10", "2025-01-10T10:00:00Z"),
                at("e4", "1.1.1", "2025-02-01", "2025-02-01T08:00:00Z"),
                at("e1", "1.1.1", "2025-01-10", "2025-01-10T09:00:00Z"),
                at("e3", "1.1.2", "2025-02-01", "2025-02-01T08:00:00Z")));
        LoadEvaluationsPort port = stores.loadEvaluations();
        assertThat(port.listEvaluationsOfStudent(A, ALICE, null, 0, 2)).extracting(e -> e.id().value()).containsExactly("e1", "e2");
        assertThat(port.listEvaluationsOfStudent(A, ALICE, null, 2, 2)).extracting(e -> e.id().value()).containsExactly("e3", "e4");
        assertThat(port.listEvaluationsOfStudent(A, ALICE, null, 4, 2)).extracting(e -> e.id().value()).containsExactly("e5");
        assertThat(port.listEvaluationsOfStudent(A, ALICE, null, 6, 2)).isEmpty();
        assertThat(port.countEvaluationsOfStudent(A, ALICE, null)).isEqualTo(5);
        assertThat(port.listEvaluationsOfStudent(A, ALICE, "1.1.2", 0, 10)).extracting(e -> e.id().value()).containsExactly("e3", "e5");
        assertThat(port.countEvaluationsOfStudent(A, ALICE, "1.1.2")).isEqualTo(2);
        assertThat(port.listEvaluationsOfStudent(B, ALICE, null, 0, 10)).isEmpty();
        assertThat(port.countEvaluationsOfStudent(B, ALICE, null)).isZero();
    }

    @Test
    void another_school_reads_nothing() {
        stores.saveEvaluations().appendEvaluations(A, List.of(eval("e1", ALICE, "3", null)));
        assertThat(stores.students().loadStudent(B, ALICE)).isEmpty();
        assertThat(stores.cohorts().loadCohort(B, COHORT_A)).isEmpty();
        assertThat(stores.students().loadStudentsOfCohort(B, COHORT_A)).isEmpty();
        assertThat(stores.students().findStudentByIne(B, Ine.of("123456789AB"))).isEmpty();
        assertThat(stores.placements().loadPlacementsOfStudent(B, ALICE)).isEmpty();
        assertThat(stores.loadEvaluations().loadEvaluationsOfStudent(B, ALICE)).isEmpty();
        assertThat(stores.loadEvaluations().loadEvaluationsOfCohort(B, COHORT_A)).isEmpty();
        stores.eraseStudents().eraseStudent(B, ALICE);
        assertThat(stores.students().loadStudent(A, ALICE)).isPresent();
    }

    @Test
    void a_record_is_superseded_once_and_a_failed_batch_leaves_nothing() {
        stores.saveEvaluations().appendEvaluations(A, List.of(eval("e1", ALICE, "2", null)));
        stores.saveEvaluations().appendEvaluations(A, List.of(eval("e2", ALICE, "3", new EvaluationId("e1"))));
        assertThatThrownBy(() -> stores.tx().inTransaction(() -> {
            stores.saveEvaluations().appendEvaluations(A, List.of(eval("e3", ALICE, "4", null), eval("e4", ALICE, "4", new EvaluationId("e1"))));
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(stores.loadEvaluations().loadEvaluationsOfStudent(A, ALICE)).extracting(ev -> ev.id().value()).containsExactlyInAnyOrder("e1", "e2");
    }

    @Test
    void scale_versions_and_idempotency() {
        assertThat(stores.loadScales().loadScales(A)).isEmpty();
        EvaluationScale v1 = EvaluationScale.lslDefault("s");
        stores.saveScales().appendScaleVersion(A, v1);
        EvaluationScale v2 = v1.revise(List.of(ScaleLevel.counting("NA", "non acquis", "0"), ScaleLevel.counting("A", "acquis", "100"),
                ScaleLevel.nonCounting("ABS", "absent")), new BigDecimal("50"));
        stores.saveScales().appendScaleVersion(A, v2);
        assertThat(stores.loadScales().loadScales(A).orElseThrow().versions()).containsExactly(v1, v2);
        assertThatThrownBy(() -> stores.saveScales().appendScaleVersion(A, v2)).isInstanceOf(ConflictException.class);
        assertThat(stores.loadScales().loadScales(B)).isEmpty();

        IdempotencyPort.Scope k = new IdempotencyPort.Scope(A, "key:teacher1", "k");
        stores.idempotency().remember(k, new IdempotencyPort.Entry("f", List.of("a", "b"), T0), Set.of(ALICE), T0.minus(DAY));
        assertThat(stores.idempotency().find(k, T0.minus(DAY)).orElseThrow().resultIds()).containsExactly("a", "b");
        assertThat(stores.idempotency().find(new IdempotencyPort.Scope(B, "key:teacher1", "k"), T0.minus(DAY))).isEmpty();
    }

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final java.time.Duration DAY = java.time.Duration.ofHours(24);

    @Test
    void idempotency_keys_are_scoped_to_their_caller() {
        IdempotencyPort.Scope teacher1 = new IdempotencyPort.Scope(A, "key:teacher1", "same-key");
        IdempotencyPort.Scope teacher2 = new IdempotencyPort.Scope(A, "key:teacher2", "same-key");
        stores.idempotency().remember(teacher1, new IdempotencyPort.Entry("f1", List.of("e1"), T0), Set.of(ALICE), T0.minus(DAY));
        assertThat(stores.idempotency().find(teacher2, T0.minus(DAY))).isEmpty();
        stores.idempotency().remember(teacher2, new IdempotencyPort.Entry("f2", List.of("e2"), T0), Set.of(ALICE), T0.minus(DAY));
        assertThat(stores.idempotency().find(teacher1, T0.minus(DAY)).orElseThrow().fingerprint()).isEqualTo("f1");
        assertThat(stores.idempotency().find(teacher2, T0.minus(DAY)).orElseThrow().resultIds()).containsExactly("e2");
        assertThatThrownBy(() -> stores.idempotency().remember(teacher1, new IdempotencyPort.Entry("f3", List.of("e3"), T0),
                Set.of(ALICE), T0.minus(DAY))).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problemType()).isEqualTo("idempotency-key-in-use"));
    }

    @Test
    void an_expired_entry_is_not_found_and_is_replaced_by_the_next_write_of_its_key() {
        IdempotencyPort.Scope k = new IdempotencyPort.Scope(A, "key:teacher1", "k");
        IdempotencyPort.Scope other = new IdempotencyPort.Scope(A, "key:teacher1", "other");
        stores.idempotency().remember(k, new IdempotencyPort.Entry("f1", List.of("e1"), T0), Set.of(ALICE), T0.minus(DAY));
        stores.idempotency().remember(other, new IdempotencyPort.Entry("f1", List.of("e9"), T0), Set.of(ALICE), T0.minus(DAY));
        Instant later = T0.plus(DAY);
        assertThat(stores.idempotency().find(k, later.minus(DAY))).as("exactly 24 h old: still valid").isPresent();
        Instant expired = later.plusMillis(1);
        assertThat(stores.idempotency().find(k, expired.minus(DAY))).isEmpty();
        stores.idempotency().remember(k, new IdempotencyPort.Entry("f2", List.of("e2"), expired), Set.of(ALICE), expired.minus(DAY));
        assertThat(stores.idempotency().find(k, expired.minus(DAY)).orElseThrow().resultIds()).containsExactly("e2");
        assertThat(stores.idempotency().find(other, T0.minus(DAY))).as("the caller's expired entries were purged").isEmpty();
    }

    @Test
    void erasing_a_student_forgets_the_entries_of_the_writes_that_touched_them() {
        stores.saveStudents().saveStudents(List.of(new Student(StudentId.of("bob"), A, COHORT_A, null, "MARTIN", "Bob")));
        IdempotencyPort.Scope both = new IdempotencyPort.Scope(A, "key:ent", "both");
        IdempotencyPort.Scope bobOnly = new IdempotencyPort.Scope(A, "key:ent", "bob-only");
        stores.idempotency().remember(both, new IdempotencyPort.Entry("f", List.of("e1", "e2"), T0), Set.of(ALICE, StudentId.of("bob")), T0.minus(DAY));
        stores.idempotency().remember(bobOnly, new IdempotencyPort.Entry("f", List.of("e3"), T0), Set.of(StudentId.of("bob")), T0.minus(DAY));
        stores.eraseStudents().eraseStudent(B, ALICE);
        assertThat(stores.idempotency().find(both, T0.minus(DAY))).as("another school's erasure touches nothing").isPresent();
        stores.eraseStudents().eraseStudent(A, ALICE);
        assertThat(stores.idempotency().find(both, T0.minus(DAY))).isEmpty();
        assertThat(stores.idempotency().find(bobOnly, T0.minus(DAY))).isPresent();
        // the key is free again: a new write of it is stored
        stores.idempotency().remember(both, new IdempotencyPort.Entry("g", List.of("e4"), T0), Set.of(StudentId.of("bob")), T0.minus(DAY));
        assertThat(stores.idempotency().find(both, T0.minus(DAY)).orElseThrow().fingerprint()).isEqualTo("g");
    }
}
