package fr.agora.bench.evaluation;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.agora.adapter.out.persistence.shared.JdbcTransactionAdapter;
import fr.agora.adapter.out.persistence.support.JdbcStores;
import fr.agora.application.port.in.coverage.GetCohortCoverageUseCase;
import fr.agora.application.port.in.coverage.GetStudentCoverageUseCase;
import fr.agora.application.port.in.school.ImportStudentsUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.application.service.coverage.GetCohortCoverageService;
import fr.agora.application.service.coverage.GetStudentCoverageService;
import fr.agora.application.service.school.ImportStudentsService;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.StudentRoster;
import fr.agora.domain.shared.Uai;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The national-scale measurement of issue 12 ({@code scripts/national-scale.sh}): against a PostgreSQL holding the data
 * set of {@code scripts/national-scale/generate.sql}, the project's own services on the project's own JDBC stores behind
 * HikariCP, as the application wires them — per-student coverage ({@link GetStudentCoverageService}), cohort coverage
 * of 35-student cohorts ({@link GetCohortCoverageService}), and a SIECLE import of 3 000 students
 * ({@link ImportStudentsService}). Students and cohorts are drawn at random from the whole population; each sample is
 * read twice: first touch ("cold": the script restarts PostgreSQL and evicts the database files from the OS page cache
 * just before), then again in another order ("warm"). One caller at a time: latencies, not throughput.
 *
 * <pre>
 * java -cp … fr.agora.bench.evaluation.NationalScale migrate|measure [jdbcUrl] [students] [cohorts]
 * </pre>
 * The référentiel is the 37-competency framework of the other evaluation benchmarks, given by a lambda: in the
 * application {@code JdbcFrameworkStore} builds it once per version and serves it from memory, so no query is left out.
 */
public final class NationalScale {

    private static final long SEED = 12L;

    private NationalScale() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "measure";
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:55432/agora";
        int students = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int cohorts = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        try (HikariDataSource ds = pool(url)) {
            if (mode.equals("migrate")) {
                var result = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
                System.out.println("flyway: " + result.migrationsExecuted + " migrations applied, schema version " + result.targetSchemaVersion);
            } else {
                measure(ds, students, cohorts);
            }
        }
    }

    static HikariDataSource pool(String url) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername(System.getProperty("agora.scale.user", "postgres"));
        c.setPassword(System.getProperty("agora.scale.password", ""));
        c.setMaximumPoolSize(4);
        return new HikariDataSource(c);
    }

    record Member(Uai uai, String id) {
    }

    static void measure(HikariDataSource ds, int studentSamples, int cohortSamples) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        JdbcStores store = JdbcStores.on(jdbc);
        JdbcTransactionAdapter tx = new JdbcTransactionAdapter(new DataSourceTransactionManager(ds));
        CompetencyFramework fw = EvaluationBenchData.real37();
        LoadFrameworkPort frameworks = (id, version) -> Optional.of(fw);
        var studentCoverage = new GetStudentCoverageService(new StudentRecords.Ports(store.students(), store.placements(), store.cohorts(),
                frameworks, store.evaluations(), store.scales(), store.establishments()), EvaluationBenchData.CLOCK);
        var cohortCoverage = new GetCohortCoverageService(store.cohorts(), store.students(), frameworks, store.evaluations(), store.scales(),
                store.establishments(), EvaluationBenchData.CLOCK);

        Random random = new Random(SEED);
        // JIT warm-up on other students and cohorts than the measured ones, so that "cold" means cold data, not a cold JVM
        int jitStudents = 300, jitCohorts = 30;
        List<Member> studentDraw = draw(jdbc.query("SELECT uai, id FROM eval_student ORDER BY id",
                (rs, i) -> new Member(Uai.of(rs.getString(1)), rs.getString(2))), studentSamples + jitStudents, random);
        List<Member> cohortDraw = draw(jdbc.query("SELECT uai, cohort_id FROM eval_student GROUP BY uai, cohort_id HAVING count(*) = 35 ORDER BY cohort_id",
                (rs, i) -> new Member(Uai.of(rs.getString(1)), rs.getString(2))), cohortSamples + jitCohorts, random);
        List<Member> students = studentDraw.subList(jitStudents, studentDraw.size());
        List<Member> cohorts = cohortDraw.subList(jitCohorts, cohortDraw.size());
        System.out.printf("population: %d students drawn, %d cohorts of 35 drawn (seed %d), JIT warm-up on %d + %d others%n",
                students.size(), cohorts.size(), SEED, jitStudents, jitCohorts);

        Consumer<Member> student = m -> {
            var matrix = studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(teacher(m.uai()), m.id(), null, null));
            if (matrix == null) throw new IllegalStateException("no coverage for " + m);
        };
        Consumer<Member> cohort = m -> {
            var cc = cohortCoverage.cohortCoverage(new GetCohortCoverageUseCase.Query(teacher(m.uai()), m.id(), null, null));
            if (cc.students() != 35) throw new IllegalStateException("cohort " + m + ": " + cc.students() + " students");
        };
        time(studentDraw.subList(0, jitStudents), student);
        time(cohortDraw.subList(0, jitCohorts), cohort);
        report("student coverage, cold", time(students, student));
        report("cohort coverage (35), cold", time(cohorts, cohort));
        report("student coverage, warm", time(shuffled(students, random), student));
        report("cohort coverage (35), warm", time(shuffled(cohorts, random), cohort));
        siecleImport(jdbc, store, tx);
    }

    private static Caller teacher(Uai uai) {
        return new Caller(uai, Caller.Role.TEACHER, "prof");
    }

    private static <T> List<T> draw(List<T> population, int n, Random random) {
        List<T> copy = new ArrayList<>(population);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** Wall and JVM-thread CPU time of each call, and the PostgreSQL server's CPU over the whole pass. */
    record Pass(long[] wall, long[] cpu, double serverCpuMillis) {
    }

    private static Pass time(List<Member> sample, Consumer<Member> call) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[sample.size()];
        long[] cpu = new long[sample.size()];
        long server0 = ServerCpu.millis();
        for (int i = 0; i < wall.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            call.accept(sample.get(i));
            wall[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        return new Pass(wall, cpu, ServerCpu.millis() - server0);
    }

    static void report(String what, Pass pass) {
        long[] s = pass.wall().clone();
        long[] c = pass.cpu().clone();
        Arrays.sort(s);
        Arrays.sort(c);
        System.out.printf("%-28s n=%5d  wall p50=%8.2f ms  p99=%8.2f ms  max=%8.2f ms | JVM CPU p50=%6.2f p99=%6.2f ms"
                + " | server CPU mean=%6.2f ms | load %s%n", what, s.length, ms(percentile(s, 0.50)), ms(percentile(s, 0.99)),
                ms(s[s.length - 1]), ms(percentile(c, 0.50)), ms(percentile(c, 0.99)), pass.serverCpuMillis() / s.length, ServerCpu.load());
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /**
     * 3 000 new students into a new cohort of the largest school, through the import use case (roster check, INE
     * lookups, all-or-nothing transaction), then the same file again (3 000 unchanged); the cohort and its students are
     * deleted afterwards so that the run can be repeated.
     */
    private static void siecleImport(JdbcTemplate jdbc, JdbcStores store, JdbcTransactionAdapter tx) {
        Uai uai = Uai.of(jdbc.queryForObject("SELECT uai FROM eval_student GROUP BY uai ORDER BY count(*) DESC, uai LIMIT 1", String.class));
        CohortId cohortId = new CohortId(UUID.randomUUID().toString());
        store.cohorts().saveCohort(new Cohort(cohortId, uai, "Import SIECLE", "bacpro-agora", "2020", 2029, EvaluationBenchData.periods()));
        List<StudentRoster.Line> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            lines.add(new StudentRoster.Line(i + 2, String.format("9%09dK", i), "NOMIMPORT" + i, "Prénom", "2DE AGORA " + (i / 35)));
        }
        var service = new ImportStudentsService(store.cohorts(), store.students(), store.students(), tx);
        var command = new ImportStudentsUseCase.Command(new Caller(uai, Caller.Role.SCHOOL_ADMIN, "admin"), cohortId.value(), lines, List.of());
        try {
            for (String pass : List.of("new", "again")) {
                long t0 = System.nanoTime();
                var result = service.importStudents(command);
                System.out.printf("SIECLE import of 3000 (%s) into %s: %.0f ms, %s%n", pass, uai, ms(System.nanoTime() - t0), result);
            }
        } finally {
            jdbc.update("DELETE FROM eval_student WHERE cohort_id = ?", cohortId.value());
            jdbc.update("DELETE FROM eval_cohort WHERE id = ?", cohortId.value());
        }
    }
}
