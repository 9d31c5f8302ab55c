package fr.agora.adapter.out.persistence.assessment;

import fr.agora.adapter.out.persistence.support.JdbcStores;
import fr.agora.application.service.support.EvaluationStoreContract;
import fr.agora.adapter.out.persistence.access.JdbcApiKeyStore;
import fr.agora.adapter.out.persistence.shared.JdbcTransactionAdapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.coverage.GetCohortCoverageUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.service.coverage.GetCohortCoverageService;
import fr.agora.application.service.assessment.RecordEvaluationsService;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.school.Ine;
import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.readiness.ReadinessGrid;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The JDBC stores' contract, run on H2 (PostgreSQL mode) and on a real PostgreSQL: the port-level promises every store
 * keeps ({@link EvaluationStoreContract}, shared with the in-memory fake), then what only the database stores offer
 * (listing by page, row versions, API keys, erasure down to the rows, the slimmer coverage read, the services on SQL).
 */
abstract class JdbcEvaluationStoreContract extends EvaluationStoreContract {

    protected abstract DataSource dataSource();

    JdbcTemplate jdbc;
    JdbcStores store;
    JdbcTransactionAdapter tx;

    @Override
    protected Stores emptyStores() {
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource());
        store = JdbcStores.on(jdbc);
        tx = new JdbcTransactionAdapter(new DataSourceTransactionManager(dataSource()));
        return new Stores(store.establishments(), store.cohorts(), store.students(), store.students(), store.students(),
                store.placements(), store.evaluations(), store.evaluations(), store.scales(), store.scales(), store.evaluations(), tx);
    }

    @Override
    protected void given(Establishment establishment, Cohort cohort, Placement placement) {
        if (establishment != null) store.establishments().saveEstablishment(establishment);
        if (cohort != null) store.cohorts().saveCohort(cohort);
        if (placement != null) store.placements().savePlacement(placement);
    }

    /**
     * The draft's concurrent request (docs/idempotency.md §4): two transactions remember one key; the second, whose
     * look-up found nothing because the first had not committed, waits on the primary key and, once the first
     * commits, fails as {@code idempotency-key-in-use} — its whole transaction (its evaluations) rolled back.
     */
    @Test
    void a_key_remembered_by_a_transaction_in_flight_is_a_conflict_for_the_second_one() throws Exception {
        fr.agora.application.port.out.assessment.IdempotencyPort.Scope scope =
                new fr.agora.application.port.out.assessment.IdempotencyPort.Scope(A, "key:ent", "in-flight");
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        java.util.concurrent.CountDownLatch remembered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<?> first = pool.submit(() -> tx.inTransaction(() -> {
                store.evaluations().appendEvaluations(A, List.of(eval("first", ALICE, "3", null)));
                store.evaluations().remember(scope, new fr.agora.application.port.out.assessment.IdempotencyPort.Entry("f", List.of("first"), now),
                        Set.of(ALICE), now.minusSeconds(86_400));
                remembered.countDown();
                await(release);
                return null;
            }));
            assertThat(remembered.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.concurrent.Future<?> second = pool.submit(() -> tx.inTransaction(() -> {
                store.evaluations().appendEvaluations(A, List.of(eval("second", ALICE, "3", null)));
                store.evaluations().remember(scope, new fr.agora.application.port.out.assessment.IdempotencyPort.Entry("f", List.of("second"), now),
                        Set.of(ALICE), now.minusSeconds(86_400));
                return null;
            }));
            Thread.sleep(300); // the second insert is now waiting on the first's uncommitted key
            release.countDown();
            first.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(30, java.util.concurrent.TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problemType()).isEqualTo("idempotency-key-in-use"));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(store.evaluations().loadEvaluationsOfStudent(A, ALICE)).extracting(e -> e.id().value()).containsExactly("first");
        assertThat(store.evaluations().find(scope, now.minusSeconds(86_400)).orElseThrow().resultIds()).containsExactly("first");
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void coverage_records_of_a_cohort_are_the_records_without_comment_evidence_or_validator() {
        Evaluation e1 = eval("e1", ALICE, "2", null);
        Evaluation e2 = eval("e2", ALICE, "3", new EvaluationId("e1")).validatedBy(new EvaluationId("e3"), "prof", Instant.parse("2025-01-11T08:00:00Z"));
        Evaluation plain = new Evaluation(new EvaluationId("e4"), ALICE, "2.1.1", null, PeriodCode.P2, LocalDate.of(2025, 6, 3), "NE", 1,
                "martin@mairie.fr", EvaluatorRole.ENSEIGNANT, Set.of(), Set.of(), null, null, null, "ent", Instant.parse("2025-06-03T10:00:00Z"), null);
        store.evaluations().appendEvaluations(A, List.of(e1, e2, plain));
        Map<StudentId, List<Evaluation>> full = store.evaluations().loadEvaluationsOfCohort(A, COHORT_A);
        Map<StudentId, List<fr.agora.domain.assessment.CoverageRecord>> slim = store.evaluations().loadCoverageRecordsOfCohort(A, COHORT_A);
        assertThat(slim).containsOnlyKeys(ALICE);
        assertThat(slim.get(ALICE)).containsExactlyInAnyOrderElementsOf(full.get(ALICE).stream().map(fr.agora.domain.assessment.CoverageRecord::of).toList());
        assertThat(store.evaluations().loadCoverageRecordsOfCohort(B, COHORT_A)).isEmpty();
    }

    @Test
    void coverage_records_of_a_student_are_their_records_without_comment_evidence_or_validator_within_the_school() {
        Evaluation e1 = eval("e1", ALICE, "2", null);
        Evaluation e2 = eval("e2", ALICE, "3", new EvaluationId("e1")).validatedBy(new EvaluationId("e3"), "prof", Instant.parse("2025-01-11T08:00:00Z"));
        store.evaluations().appendEvaluations(A, List.of(e1, e2));
        List<fr.agora.domain.assessment.CoverageRecord> slim = store.evaluations().loadCoverageRecordsOfStudent(A, ALICE);
        assertThat(slim).hasSize(2).containsExactlyInAnyOrderElementsOf(
                store.evaluations().loadEvaluationsOfStudent(A, ALICE).stream().map(fr.agora.domain.assessment.CoverageRecord::of).toList());
        assertThat(store.evaluations().loadCoverageRecordsOfStudent(B, ALICE)).isEmpty();
        assertThat(store.evaluations().loadCoverageRecordsOfStudent(A, StudentId.of("nobody"))).isEmpty();
    }

    /**
     * Cohort coverage from the slim read folded in one pass ({@code CohortCoverageFold}, what the service computes)
     * equals the fold of every student's matrix from their full history read back from the store, for seeded cohorts
     * with corrections, two scale versions, every aggregation policy, and an empty cohort (RELIABILITY.md §6).
     */
    @Test
    void cohort_coverage_from_the_coverage_records_equals_coverage_from_the_full_histories() {
        CompetencyFramework fw = CompetencyFramework.builder("bacpro-agora", "test").competency("1.1.1", 1).competency("1.1.2", 1)
                .competency("2.1.1", 2).competency("2.1.2", 2).competency("3.1.1", 3).unit("U31", 1, true).unit("U2", 2, false).unit("U32", 3, true).build();
        fr.agora.domain.assessment.ScaleHistory scales = fr.agora.domain.assessment.ScaleHistory.of(fr.agora.domain.assessment.EvaluationScale.lslDefault("lsl"))
                .revise(List.of(fr.agora.domain.assessment.ScaleLevel.counting("C", "Non acquis", "0"),
                        fr.agora.domain.assessment.ScaleLevel.counting("A", "Acquis", "100"),
                        fr.agora.domain.assessment.ScaleLevel.nonCounting("ABS", "Absent")), new BigDecimal("60"));
        List<fr.agora.domain.assessment.AggregationPolicy> policies = List.of(fr.agora.domain.assessment.AggregationPolicy.last(),
                fr.agora.domain.assessment.AggregationPolicy.bestOf(2), fr.agora.domain.assessment.AggregationPolicy.mean().limitedTo(3),
                fr.agora.domain.assessment.AggregationPolicy.geometric(), fr.agora.domain.assessment.AggregationPolicy.arithmetic(),
                fr.agora.domain.assessment.AggregationPolicy.schoolDefault());
        for (int seed = 0; seed < 4; seed++) {
            java.util.Random r = new java.util.Random(seed);
            CohortId cohort = new CohortId("prop-" + seed);
            store.cohorts().saveCohort(new Cohort(cohort, A, "Division " + seed, "bacpro-agora", "test", 2026, List.of()));
            List<Student> members = new ArrayList<>();
            List<Evaluation> written = new ArrayList<>();
            int size = seed == 0 ? 0 : 1 + r.nextInt(6); // seed 0: an empty cohort
            for (int i = 0; i < size; i++) {
                StudentId s = StudentId.of("prop-" + seed + "-" + i);
                members.add(new Student(s, A, cohort, null, "NOM" + i, "Prénom"));
                if (i > 0) written.addAll(seededHistory(fw, s, r, 20 + r.nextInt(100))); // the first has no record
            }
            store.students().saveStudents(members);
            java.util.Collections.shuffle(written, r);
            store.evaluations().appendEvaluations(A, written);
            Map<StudentId, List<Evaluation>> full = store.evaluations().loadEvaluationsOfCohort(A, cohort);
            Map<StudentId, List<fr.agora.domain.assessment.CoverageRecord>> slim = store.evaluations().loadCoverageRecordsOfCohort(A, cohort);
            List<StudentId> ids = members.stream().map(Student::id).toList();
            for (fr.agora.domain.assessment.AggregationPolicy policy : policies) {
                fr.agora.domain.coverage.CoverageSettings settings = fr.agora.domain.coverage.CoverageSettings.at(PeriodCode.values()[r.nextInt(6)]);
                List<fr.agora.domain.coverage.CoverageMatrix> matrices = new ArrayList<>();
                for (StudentId s : ids) {
                    matrices.add(fr.agora.domain.coverage.CoverageMatrix.of(fw, s,
                            fr.agora.domain.assessment.EvaluationHistory.of(s, full.getOrDefault(s, List.of())).effective(), scales, policy, settings));
                }
                assertThat(fr.agora.domain.coverage.CohortCoverageFold.of(fw, settings, scales, policy, ids, slim)).as("seed %d, %s", seed, policy)
                        .isEqualTo(CohortCoverage.of(fw, settings, matrices));
            }
        }
    }

    /** {@code n} records of one student, one in five correcting an earlier one not yet corrected, over both scale versions. */
    private static List<Evaluation> seededHistory(CompetencyFramework fw, StudentId student, java.util.Random r, int n) {
        String[][] levels = {{"1", "2", "3", "4", "NE"}, {"C", "A", "ABS"}};
        List<Evaluation> out = new ArrayList<>();
        List<Evaluation> open = new ArrayList<>();
        Instant t = Instant.parse("2025-01-01T08:00:00Z");
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(1 + r.nextInt(3));
            Evaluation old = !open.isEmpty() && r.nextInt(5) == 0 ? open.remove(r.nextInt(open.size())) : null;
            String code = old != null ? old.competencyCode() : fw.competencyCodes().get(r.nextInt(fw.competencyCodes().size()));
            int version = 1 + r.nextInt(2);
            Evaluation e = new Evaluation(new EvaluationId(student.value() + "-e" + i), student, code, null,
                    old != null ? old.period() : PeriodCode.values()[r.nextInt(6)],
                    old != null ? old.date() : LocalDate.of(2025, 1, 6).plusDays(r.nextInt(30)), levels[version - 1][r.nextInt(levels[version - 1].length)],
                    version, "prof", EvaluatorRole.ENSEIGNANT, r.nextInt(4) == 0 ? Set.of("CF1", "CF2") : Set.of(), Set.of(),
                    null, null, old == null ? null : old.id(), "ent", t, null);
            out.add(e);
            open.add(e);
        }
        return out;
    }

    @Test
    void cohorts_and_students_are_listed_by_page_within_one_school() {
        store.cohorts().saveCohort(new Cohort(new CohortId("cohort-a2"), A, "1re AGOrA", "bacpro-agora", "test", 2026, List.of()));
        store.students().saveStudents(List.of(new Student(StudentId.of("bob"), A, COHORT_A, null, "ARNAUD", "Bob"),
                new Student(StudentId.of("carl"), A, new CohortId("cohort-a2"), null, "MARTIN", "Carl")));
        assertThat(store.cohorts().countCohorts(A)).isEqualTo(2);
        assertThat(store.cohorts().listCohorts(A, 0, 1)).extracting(Cohort::name).containsExactly("1re AGOrA");
        assertThat(store.cohorts().listCohorts(A, 1, 1)).extracting(Cohort::name).containsExactly("2nde AGOrA 1");
        assertThat(store.cohorts().listCohorts(A, 0, 10).get(1).periods()).hasSize(2);
        assertThat(store.cohorts().countCohorts(B)).isEqualTo(1);
        assertThat(store.students().countStudents(A, null)).isEqualTo(3);
        assertThat(store.students().countStudents(A, COHORT_A)).isEqualTo(2);
        assertThat(store.students().listStudents(A, null, 0, 2)).extracting(Student::lastName).containsExactly("ARNAUD", "DUPONT");
        assertThat(store.students().listStudents(A, null, 2, 2)).extracting(Student::lastName).containsExactly("MARTIN");
        assertThat(store.students().listStudents(A, COHORT_A, 0, 10)).extracting(Student::id).containsExactly(StudentId.of("bob"), ALICE);
        assertThat(store.students().listStudents(B, COHORT_A, 0, 10)).isEmpty();
        assertThat(store.students().countStudents(B, COHORT_A)).isZero();
        store.placements().savePlacement(new Placement(StudentId.of("carl"), PeriodCode.P2, "Mairie", OrganisationKind.COLLECTIVITE, "M. Martin", "martin@mairie.fr"));
        assertThat(store.students().listStudentsOfTutor(A, "martin@mairie.fr", null, 0, 10)).extracting(Student::id).containsExactly(ALICE, StudentId.of("carl"));
        assertThat(store.students().listStudentsOfTutor(A, "martin@mairie.fr", null, 1, 10)).extracting(Student::id).containsExactly(StudentId.of("carl"));
        assertThat(store.students().listStudentsOfTutor(A, "martin@mairie.fr", COHORT_A, 0, 10)).extracting(Student::id).containsExactly(ALICE);
        assertThat(store.students().countStudentsOfTutor(A, "martin@mairie.fr", null)).isEqualTo(2);
        assertThat(store.students().countStudentsOfTutor(A, "martin@mairie.fr", COHORT_A)).isEqualTo(1);
        assertThat(store.students().countStudentsOfTutor(B, "martin@mairie.fr", null)).isZero();
    }

    @Test
    void conditional_writes_happen_only_at_the_expected_version() {
        assertThat(store.versions().cohortVersion(A, COHORT_A)).contains(0L);
        assertThat(store.versions().cohortVersion(B, COHORT_A)).isEmpty();
        Cohort c = store.cohorts().loadCohort(A, COHORT_A).orElseThrow();
        Cohort onePeriod = new Cohort(c.id(), c.uai(), c.name(), c.referentielId(), c.referentielVersion(), c.examSessionYear(), c.periods().subList(0, 1));
        assertThat(store.versions().saveCohortIfVersion(onePeriod, 0)).isTrue();
        assertThat(store.versions().cohortVersion(A, COHORT_A)).contains(1L);
        assertThat(store.versions().saveCohortIfVersion(c, 0)).isFalse();
        assertThat(store.cohorts().loadCohort(A, COHORT_A).orElseThrow().periods()).hasSize(1);

        assertThat(store.versions().placementVersions(A, ALICE)).containsExactly(java.util.Map.entry(PeriodCode.P1, 0L));
        assertThat(store.versions().placementVersions(B, ALICE)).isEmpty();
        Placement moved = new Placement(ALICE, PeriodCode.P1, "Mairie 2", OrganisationKind.COLLECTIVITE, "M. Martin", "martin@mairie.fr");
        assertThat(store.versions().savePlacementIfVersion(moved, 0)).isTrue();
        assertThat(store.versions().savePlacementIfVersion(moved, 0)).isFalse();
        assertThat(store.versions().placementVersions(A, ALICE).get(PeriodCode.P1)).isEqualTo(1L);
        assertThat(store.versions().savePlacementIfVersion(new Placement(ALICE, PeriodCode.P2, "X", OrganisationKind.ENTREPRISE, "T", "t@x.fr"), 0)).isFalse();
    }

    @Test
    void a_student_is_updated_only_at_the_expected_version_and_every_update_bumps_it() {
        assertThat(store.versions().studentVersion(A, ALICE)).contains(0L);
        assertThat(store.versions().studentVersion(B, ALICE)).isEmpty();
        Student renamed = new Student(ALICE, A, COHORT_A, Ine.of("123456789AB"), "DUPONT-MARTIN", "Alice");
        assertThat(store.versions().saveStudentIfVersion(renamed, 0)).isTrue();
        assertThat(store.versions().studentVersion(A, ALICE)).contains(1L);
        assertThat(store.versions().saveStudentIfVersion(new Student(ALICE, A, COHORT_A, null, "X", "Y"), 0)).isFalse();
        assertThat(store.students().loadStudent(A, ALICE)).contains(renamed);
        // another school's uai never matches, even at the right version
        assertThat(store.versions().saveStudentIfVersion(new Student(ALICE, B, COHORT_A, null, "X", "Y"), 1)).isFalse();
        assertThat(store.students().loadStudent(A, ALICE)).contains(renamed);
        // the unconditional write (SIECLE import, no If-Match) bumps the version too
        store.students().saveStudents(List.of(new Student(ALICE, A, COHORT_A, Ine.of("123456789AB"), "DUPONT", "Alice")));
        assertThat(store.versions().studentVersion(A, ALICE)).contains(2L);
        assertThat(store.versions().saveStudentIfVersion(renamed, 1)).isFalse();
        // an INE already taken in the school is a conflict, nothing changed
        store.students().saveStudents(List.of(new Student(StudentId.of("bob"), A, COHORT_A, Ine.of("2222222222B"), "LEROY", "Bob")));
        assertThatThrownBy(() -> store.versions().saveStudentIfVersion(new Student(ALICE, A, COHORT_A, Ine.of("2222222222B"), "DUPONT", "Alice"), 2))
                .isInstanceOf(ConflictException.class);
        assertThat(store.versions().studentVersion(A, ALICE)).contains(2L);
    }

    @Test
    void api_keys_keep_only_the_hash_and_an_id_is_never_overwritten() {
        JdbcApiKeyStore keys = new JdbcApiKeyStore(jdbc);
        var k = new fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey("00112233445566aa", A, "TUTOR", "martin@mairie.fr",
                "ab".repeat(32), "tablet", Instant.parse("2026-01-05T08:00:00Z"), false);
        keys.saveApiKey(k);
        assertThat(keys.findApiKey("00112233445566aa")).contains(k);
        assertThat(keys.findApiKey("ffffffffffffffff")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.saveApiKey(k)).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThat(keys.revokeApiKey(B, "00112233445566aa")).isFalse();
        assertThat(keys.findApiKey("00112233445566aa").orElseThrow().revoked()).isFalse();
        assertThat(keys.revokeApiKey(A, "00112233445566aa")).isTrue();
        assertThat(keys.findApiKey("00112233445566aa").orElseThrow().revoked()).isTrue();
    }

    @Test
    void readiness_grids_and_audit() {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put("1.1.1", new BigDecimal("2"));
        w.put("1.1.2", new BigDecimal("1.5"));
        Map<String, BigDecimal> p = new LinkedHashMap<>();
        p.put("1", BigDecimal.ZERO);
        p.put("4", new BigDecimal("3"));
        ReadinessGrid g = new ReadinessGrid("g", 1, "U31", w, p, null, null);
        store.grids().saveGrid(A, g);
        ReadinessGrid back = store.grids().loadCurrentGrid(A, "U31").orElseThrow();
        assertThat(back.weights().get("1.1.2")).isEqualByComparingTo("1.5");
        assertThat(back.pointsPerLevel()).containsOnlyKeys("1", "4");
        assertThat(back.roundingStep()).isEqualByComparingTo("0.5");
        assertThat(store.grids().loadCurrentGrid(B, "U31")).isEmpty();

        store.audit().audit(new AuditPort.AuditRecord(A, "STUDENT_ERASED", "SCHOOL_ADMIN", 1, Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(store.audit().auditRecords(A)).singleElement().extracting(AuditPort.AuditRecord::action).isEqualTo("STUDENT_ERASED");
    }

    @Test
    void erasing_a_student_removes_placements_and_evaluations_and_purge_finds_old_cohorts() {
        store.evaluations().appendEvaluations(A, List.of(eval("e1", ALICE, "2", null)));
        store.students().eraseStudent(A, ALICE);
        assertThat(store.students().loadStudent(A, ALICE)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eval_evaluation", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM eval_placement", Integer.class)).isZero();
        assertThat(store.cohorts().loadCohortsWithSessionUpTo(2021)).extracting(c -> c.id().value()).containsExactly("cohort-b");
    }

    /** The services on the real store: a bulk of evaluations, then the cohort coverage. */
    @Test
    void services_run_on_the_database() {
        CompetencyFramework fw = CompetencyFramework.builder("bacpro-agora", "test")
                .competency("1.1.1", 1, Set.of("1.1.1-a"), Set.of(), Set.of()).competency("2.1.1", 2).unit("U31", 1, true).unit("U2", 2, false).unit("U32", 3, true).build();
        Clock clock = Clock.fixed(Instant.parse("2025-06-10T00:00:00Z"), ZoneOffset.UTC);
        LoadFrameworkPort frameworks = (id, v) -> Optional.of(fw);
        RecordEvaluationsService record = new RecordEvaluationsService(store.students(), store.cohorts(), frameworks, store.scales(), store.placements(), store.evaluations(), store.evaluations(), tx, clock, events -> { });
        Caller ent = new Caller(A, Caller.Role.ENT_INTEGRATION, "ent");
        List<RecordEvaluationsUseCase.EvaluationInput> in = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            in.add(new RecordEvaluationsUseCase.EvaluationInput("alice", i % 2 == 0 ? "1.1.1" : "2.1.1", null, i < 15 ? "P1" : "P2",
                    LocalDate.of(2025, 1, 6).plusDays(i).toString(), String.valueOf(1 + i % 4), "prof", "ENSEIGNANT", null, null, null, null));
        }
        RecordEvaluationsUseCase.Result r = record.record(new RecordEvaluationsUseCase.Command(ent, "bulk-1", in));
        assertThat(record.record(new RecordEvaluationsUseCase.Command(ent, "bulk-1", in)).ids()).isEqualTo(r.ids());
        assertThat(store.evaluations().loadEvaluationsOfStudent(A, ALICE)).hasSize(30);
        GetCohortCoverageService q = new GetCohortCoverageService(store.cohorts(), store.students(), frameworks, store.evaluations(), store.scales(), store.establishments(), clock);
        CohortCoverage cc = q.cohortCoverage(new GetCohortCoverageUseCase.Query(new Caller(A, Caller.Role.TEACHER, "prof"), "cohort-a", null, null));
        assertThat(cc.students()).isEqualTo(1);
        assertThat(cc.periods()).containsExactly(PeriodCode.P1, PeriodCode.P2);
        assertThat(cc.cells().get("1.1.1").get(PeriodCode.P1).total()).isEqualTo(1);
    }
}
