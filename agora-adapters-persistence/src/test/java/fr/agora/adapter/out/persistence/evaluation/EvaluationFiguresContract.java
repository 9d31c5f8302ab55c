package fr.agora.adapter.out.persistence.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.application.port.in.evaluation.Caller;
import fr.agora.application.port.in.evaluation.GetCohortCoverageUseCase;
import fr.agora.application.service.evaluation.EvaluationQueryService;
import fr.agora.application.service.evaluation.SchoolContext;
import fr.agora.domain.evaluation.AggregationPolicy;
import fr.agora.domain.evaluation.Cohort;
import fr.agora.domain.evaluation.CohortCoverage;
import fr.agora.domain.evaluation.CohortId;
import fr.agora.domain.evaluation.CompetencyFramework;
import fr.agora.domain.evaluation.Establishment;
import fr.agora.domain.evaluation.Evaluation;
import fr.agora.domain.evaluation.EvaluationId;
import fr.agora.domain.evaluation.EvaluatorRole;
import fr.agora.domain.evaluation.PeriodCode;
import fr.agora.domain.evaluation.StaticCompetencyFramework;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.StudentId;
import fr.agora.domain.evaluation.Uai;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Measurements of the figures (printed; the assertions are deliberately generous because the build machine
 * is shared): cohort coverage for 35 students and ~15 000 evaluations, and bulk append versus a raw JDBC batch.
 */
abstract class EvaluationFiguresContract {

    static final Uai A = Uai.of("0691234A");
    static final CohortId COHORT = new CohortId("cohort-a");

    protected abstract DataSource dataSource();

    protected abstract String name();

    private static CompetencyFramework real37() {
        StaticCompetencyFramework.Builder b = StaticCompetencyFramework.builder("bacpro-agora", "2020");
        int[][] shape = {{1, 1, 4}, {1, 2, 4}, {1, 3, 4}, {2, 1, 5}, {2, 2, 6}, {2, 3, 2}, {3, 1, 3}, {3, 2, 5}, {3, 3, 4}};
        for (int[] s : shape) for (int i = 1; i <= s[2]; i++) b.competency(s[0] + "." + s[1] + "." + i, s[0]);
        return b.agoraUnits().build();
    }

    private static List<Evaluation> evaluations(List<StudentId> students, int perStudent, String prefix, CompetencyFramework fw, long seed) {
        Random r = new Random(seed);
        String[] levels = {"1", "2", "3", "4", "NE"};
        List<Evaluation> out = new ArrayList<>();
        int n = 0;
        for (StudentId s : students) {
            for (int i = 0; i < perStudent; i++) {
                out.add(new Evaluation(new EvaluationId(prefix + (n++)), s, fw.competencyCodes().get(r.nextInt(37)), null,
                        PeriodCode.values()[r.nextInt(4)], LocalDate.of(2025, 1, 6).plusDays(r.nextInt(700)), levels[r.nextInt(5)], 1,
                        "tutor@example.org", EvaluatorRole.TUTEUR, Set.of(), Set.of(), null, null, null, "ent",
                        Instant.parse("2025-01-01T00:00:00Z").plusSeconds(n), null));
            }
        }
        return out;
    }

    /** Refreshes planner statistics where the database has them (PostgreSQL autovacuum would in production). */
    protected void analyze(JdbcTemplate jdbc) {
    }

    @Test
    void cohort_coverage_and_bulk_insert_figures() throws Exception {
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource());
        JdbcEvaluationStore store = new JdbcEvaluationStore(jdbc);
        JdbcTransactionAdapter tx = new JdbcTransactionAdapter(new DataSourceTransactionManager(dataSource()));
        CompetencyFramework fw = real37();
        store.saveEstablishment(new Establishment(A, "Lycée A", AggregationPolicy.schoolDefault()));
        store.saveCohort(new Cohort(COHORT, A, "Tle AGOrA", "bacpro-agora", "2020", 2026, List.of()));
        store.saveCohort(new Cohort(new CohortId("bulk"), A, "bulk", "bacpro-agora", "2020", 2026, List.of()));
        List<StudentId> students = new ArrayList<>();
        List<Student> rows = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            StudentId id = StudentId.of("s" + i);
            students.add(id);
            rows.add(new Student(id, A, COHORT, null, "NOM" + i, "Prénom"));
        }
        List<StudentId> bulkStudents = List.of(StudentId.of("bulk-1"), StudentId.of("bulk-2"));
        rows.add(new Student(bulkStudents.get(0), A, new CohortId("bulk"), null, "B", "B"));
        rows.add(new Student(bulkStudents.get(1), A, new CohortId("bulk"), null, "B", "B"));
        store.saveStudents(rows);
        tx.inTransaction(() -> {
            store.appendEvaluations(A, evaluations(students, 15_000 / 35 + 1, "c", fw, 1L));
            return null;
        });

        // --- cohort coverage, through the service ---
        SchoolContext school = new SchoolContext(store, store, store, (id, v) -> Optional.of(fw), store, store);
        EvaluationQueryService q = new EvaluationQueryService(school, store, store, store,
                Clock.fixed(Instant.parse("2026-01-10T00:00:00Z"), ZoneOffset.UTC));
        Caller teacher = new Caller(A, Caller.Role.TEACHER, "prof");
        int runs = 40;
        long[] t = new long[runs];
        CohortCoverage cc = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            cc = q.cohortCoverage(new GetCohortCoverageUseCase.Query(teacher, "cohort-a", null, null));
            t[i] = System.nanoTime() - t0;
        }
        long[] m = Arrays.copyOfRange(t, 10, runs);
        Arrays.sort(m);
        long p99 = m[(int) Math.ceil(0.99 * m.length) - 1];
        System.out.printf("[%s] cohort coverage, 35 students, %d evaluations: median %.1f ms, p99 %.1f ms%n", name(),
                jdbc.queryForObject("SELECT COUNT(*) FROM eval_evaluation", Integer.class), m[m.length / 2] / 1e6, p99 / 1e6);
        assertThat(cc.students()).isEqualTo(35);
        assertThat(p99 / 1_000_000).isLessThan(3_000);

        // --- flatness: the school grows to 10 000 students (other cohorts, 10 evaluations each) ---
        List<Student> more = new ArrayList<>();
        List<StudentId> moreIds = new ArrayList<>();
        for (int i = 0; i < 9_965; i++) {
            CohortId other = new CohortId("other-" + (i / 35));
            if (i % 35 == 0) store.saveCohort(new Cohort(other, A, "Division " + (i / 35), "bacpro-agora", "2020", 2026, List.of()));
            StudentId id = StudentId.of("o" + i);
            moreIds.add(id);
            more.add(new Student(id, A, other, null, "NOM", "Prénom"));
        }
        tx.inTransaction(() -> {
            store.saveStudents(more);
            store.appendEvaluations(A, evaluations(moreIds, 10, "o", fw, 3L));
            return null;
        });
        analyze(jdbc);
        long[] t2 = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            q.cohortCoverage(new GetCohortCoverageUseCase.Query(teacher, "cohort-a", null, null));
            t2[i] = System.nanoTime() - t0;
        }
        long[] m2 = Arrays.copyOfRange(t2, 10, runs);
        Arrays.sort(m2);
        double growth = (double) m2[m2.length / 2] / m[m.length / 2];
        System.out.printf("[%s] same cohort with 10 000 students and %d evaluations in the school: median %.1f ms, p99 %.1f ms, x%.2f of the small school%n",
                name(), jdbc.queryForObject("SELECT COUNT(*) FROM eval_evaluation", Integer.class), m2[m2.length / 2] / 1e6,
                m2[(int) Math.ceil(0.99 * m2.length) - 1] / 1e6, growth);
        assertThat(growth).as("median growth").isLessThan(4.0);

        // --- bulk append vs raw JDBC batch of the same shape (best of 3 each) ---
        long bestStore = Long.MAX_VALUE;
        long bestRaw = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            List<Evaluation> viaStore = evaluations(bulkStudents, 7_500, "s" + round + "-", fw, 10L + round);
            List<Evaluation> viaRaw = evaluations(bulkStudents, 7_500, "r" + round + "-", fw, 20L + round);
            long t0 = System.nanoTime();
            tx.inTransaction(() -> {
                store.appendEvaluations(A, viaStore);
                return null;
            });
            bestStore = Math.min(bestStore, System.nanoTime() - t0);
            t0 = System.nanoTime();
            try (Connection c = dataSource().getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(JdbcEvaluationStore.INSERT_EVALUATION)) {
                    int n = 0;
                    for (Evaluation e : viaRaw) {
                        Object[] row = JdbcEvaluationStore.row(A, e);
                        for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                        ps.addBatch();
                        if (++n % JdbcEvaluationStore.BATCH == 0) ps.executeBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            }
            bestRaw = Math.min(bestRaw, System.nanoTime() - t0);
        }
        double ratio = (double) bestRaw / bestStore;
        System.out.printf("[%s] bulk append of 15 000 evaluations: store %.0f ms, raw JDBC batch %.0f ms, throughput ratio %.2f%n",
                name(), bestStore / 1e6, bestRaw / 1e6, ratio);
        assertThat(ratio).isGreaterThanOrEqualTo(0.5);
    }
}
