package fr.agora.bench.evaluation;

import fr.agora.adapter.out.persistence.support.JdbcStores;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.agora.adapter.out.persistence.assessment.JdbcEvaluationStore;
import fr.agora.adapter.out.persistence.shared.JdbcTransactionAdapter;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.coverage.GetCohortCoverageUseCase;
import fr.agora.application.service.coverage.GetCohortCoverageService;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The data set of the evaluation figures (issue #3), shared by the JMH benchmarks and by the functional test that
 * checks it is what it claims: one school, a cohort of {@value #COHORT_STUDENTS} students with
 * {@value #PER_COHORT_STUDENT} evaluations each (15 015), the 37 real competency codes, periods P1–P6; the rest of
 * the school ({@code schoolStudents − 35} students in divisions of 35) has {@value #PER_OTHER_STUDENT} evaluations
 * per student.
 */
public final class EvaluationBenchData {

    public static final Uai SCHOOL = Uai.of("0691234A");
    public static final CohortId COHORT = new CohortId("cohort-a");
    public static final int COHORT_STUDENTS = 35;
    public static final int PER_COHORT_STUDENT = 15_000 / COHORT_STUDENTS + 1; // 429 → 15 015 evaluations
    public static final int PER_OTHER_STUDENT = 10;
    public static final Caller TEACHER = new Caller(SCHOOL, Caller.Role.TEACHER, "prof");
    public static final GetCohortCoverageUseCase.Query QUERY = new GetCohortCoverageUseCase.Query(TEACHER, COHORT.value(), null, null);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T00:00:00Z"), ZoneOffset.UTC);

    private EvaluationBenchData() {
    }

    /** The two databases of the figures, each behind a HikariCP pool as the application runs it. */
    public enum Db {
        H2, POSTGRESQL;

        public Database open() {
            HikariConfig c = new HikariConfig();
            c.setMaximumPoolSize(4);
            if (this == H2) {
                c.setJdbcUrl("jdbc:h2:mem:eval-bench-" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
                c.setUsername("sa");
                c.setPassword("");
                return new Database(new HikariDataSource(c), null);
            }
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.start();
                c.setDataSource(pg.getPostgresDatabase());
                return new Database(new HikariDataSource(c), pg);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An open database; {@link #close()} stops the pool and, for PostgreSQL, the server. */
    public record Database(HikariDataSource dataSource, EmbeddedPostgres pg) implements AutoCloseable {
        /**
         * On PostgreSQL, what autovacuum does in production after a bulk load: planner statistics, and the visibility
         * map that lets the cohort read be an index-only scan ({@code VACUUM ANALYZE}). Nothing on H2.
         */
        public void analyze() {
            if (pg != null) new JdbcTemplate(dataSource).execute("VACUUM ANALYZE");
        }

        @Override
        public void close() {
            dataSource.close();
            if (pg != null) {
                try {
                    pg.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    public static CompetencyFramework real37() {
        CompetencyFramework.Builder b = CompetencyFramework.builder("bacpro-agora", "2020");
        int[][] shape = {{1, 1, 4}, {1, 2, 4}, {1, 3, 4}, {2, 1, 5}, {2, 2, 6}, {2, 3, 2}, {3, 1, 3}, {3, 2, 5}, {3, 3, 4}};
        for (int[] s : shape) for (int i = 1; i <= s[2]; i++) b.competency(s[0] + "." + s[1] + "." + i, s[0]);
        return b.unit("U31", 1, true).unit("U2", 2, false).unit("U32", 3, true).build();
    }

    static List<PfmpPeriod> periods() {
        List<PfmpPeriod> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 11, 4);
        for (PeriodCode p : PeriodCode.values()) {
            out.add(new PfmpPeriod(p, start, start.plusWeeks(4).minusDays(3), 4));
            start = start.plusMonths(5);
        }
        return out;
    }

    /** {@code perStudent} evaluations per student, deterministic for a seed, ids {@code prefix0, prefix1 …}. */
    public static List<Evaluation> evaluations(List<StudentId> students, int perStudent, String prefix, CompetencyFramework fw, long seed) {
        Random r = new Random(seed);
        String[] levels = {"1", "2", "3", "4", "NE"};
        List<String> codes = fw.competencyCodes();
        List<Evaluation> out = new ArrayList<>(students.size() * perStudent);
        int n = 0;
        for (StudentId s : students) {
            for (int i = 0; i < perStudent; i++) {
                String code = codes.get(r.nextInt(codes.size()));
                out.add(new Evaluation(new EvaluationId(prefix + (n++)), s, code, r.nextInt(3) == 0 ? code + ".c1" : null,
                        PeriodCode.values()[r.nextInt(4)], LocalDate.of(2025, 1, 6).plusDays(r.nextInt(700)), levels[r.nextInt(5)], 1,
                        "tutor@example.org", EvaluatorRole.TUTEUR, r.nextInt(4) == 0 ? Set.of("CF1") : Set.of(), Set.of(),
                        r.nextInt(5) == 0 ? "Bonne prise d'initiative, à confirmer en P4." : null, null, null, "ent",
                        Instant.parse("2025-01-01T00:00:00Z").plusSeconds(n), null));
            }
        }
        return out;
    }

    /** The seeded school and the real service computing cohort coverage on it. */
    public record School(JdbcStores store, JdbcTransactionAdapter tx, GetCohortCoverageService service) {
    }

    /** Migrates an empty schema and loads the school of {@code schoolStudents} students (≥ 35). */
    public static School seed(DataSource ds, int schoolStudents) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcStores store = JdbcStores.on(new JdbcTemplate(ds));
        JdbcTransactionAdapter tx = new JdbcTransactionAdapter(new DataSourceTransactionManager(ds));
        CompetencyFramework fw = real37();
        store.establishments().saveEstablishment(new Establishment(SCHOOL, "Lycée A", AggregationPolicy.schoolDefault()));
        store.cohorts().saveCohort(new Cohort(COHORT, SCHOOL, "Tle AGOrA", "bacpro-agora", "2020", 2026, periods()));
        List<StudentId> ids = new ArrayList<>();
        List<Student> rows = new ArrayList<>();
        for (int i = 0; i < COHORT_STUDENTS; i++) {
            StudentId id = StudentId.of("s" + i);
            ids.add(id);
            rows.add(new Student(id, SCHOOL, COHORT, null, "NOM" + i, "Prénom"));
        }
        List<StudentId> otherIds = new ArrayList<>();
        for (int i = 0; i < schoolStudents - COHORT_STUDENTS; i++) {
            CohortId other = new CohortId("other-" + (i / COHORT_STUDENTS));
            if (i % COHORT_STUDENTS == 0) {
                store.cohorts().saveCohort(new Cohort(other, SCHOOL, "Division " + (i / COHORT_STUDENTS), "bacpro-agora", "2020", 2026, periods()));
            }
            StudentId id = StudentId.of("o" + i);
            otherIds.add(id);
            rows.add(new Student(id, SCHOOL, other, null, "NOM", "Prénom"));
        }
        List<Evaluation> all = new ArrayList<>(evaluations(ids, PER_COHORT_STUDENT, "c", fw, 1L));
        all.addAll(evaluations(otherIds, PER_OTHER_STUDENT, "o", fw, 3L));
        // written in a shuffled order: over a school year the cohort's rows land amid the rest of the school's
        Collections.shuffle(all, new Random(5L));
        tx.inTransaction(() -> {
            store.students().saveStudents(rows);
            store.evaluations().appendEvaluations(SCHOOL, all);
            return null;
        });
        return new School(store, tx, new GetCohortCoverageService(store.cohorts(), store.students(), (id, v) -> Optional.of(fw), store.evaluations(), store.scales(), store.establishments(), CLOCK));
    }
}
