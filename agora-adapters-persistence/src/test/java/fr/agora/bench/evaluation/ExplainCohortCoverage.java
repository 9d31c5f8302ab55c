package fr.agora.bench.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a benchmark: prints the query plan of the cohort read ({@code EXPLAIN ANALYZE} on PostgreSQL, {@code EXPLAIN}
 * on H2) on the benchmarks' data set, then a few wall/CPU times of the request, to see where the time goes.
 * Run with the classpath of {@code scripts/bench-evaluation.sh}:
 * {@code java -cp … fr.agora.bench.evaluation.ExplainCohortCoverage [POSTGRESQL|H2] [schoolStudents] [SQL to run first …]}.
 */
public final class ExplainCohortCoverage {

    public static void main(String[] args) {
        EvaluationBenchData.Db which = EvaluationBenchData.Db.valueOf(args.length > 0 ? args[0] : "POSTGRESQL");
        int schoolStudents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        try (EvaluationBenchData.Database db = which.open()) {
            EvaluationBenchData.School school = EvaluationBenchData.seed(db.dataSource(), schoolStudents);
            JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
            for (int i = 2; i < args.length; i++) {
                System.out.println("---- " + args[i]);
                jdbc.execute(args[i]); // e.g. a candidate index, or VACUUM
            }
            db.analyze();
            String sql = "SELECT e.id, e.student_id, e.competency_code, e.criterion_id, e.period, e.eval_date, e.level_code, e.scale_version, "
                    + "e.evaluator_id, e.evaluator_role, e.complexity_factors, e.aleas, e.supersedes, e.recorded_by, e.recorded_at "
                    + "FROM eval_evaluation e WHERE e.student_id IN (SELECT s.id FROM eval_student s WHERE s.uai = ? AND s.cohort_id = ?)";
            String explain = which == EvaluationBenchData.Db.POSTGRESQL ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
            for (int i = 0; i < 3; i++) {
                System.out.println("---- plan, run " + (i + 1));
                jdbc.query(explain + sql, rs -> {
                    System.out.println(rs.getString(1));
                }, EvaluationBenchData.SCHOOL.value(), EvaluationBenchData.COHORT.value());
            }
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < 15; i++) {
                long w0 = System.nanoTime();
                long c0 = mx.getCurrentThreadCpuTime();
                int rows = school.store().evaluations().loadCoverageRecordsOfCohort(EvaluationBenchData.SCHOOL, EvaluationBenchData.COHORT)
                        .values().stream().mapToInt(java.util.List::size).sum();
                long w1 = System.nanoTime();
                long c1 = mx.getCurrentThreadCpuTime();
                school.service().cohortCoverage(EvaluationBenchData.QUERY);
                long w2 = System.nanoTime();
                long c2 = mx.getCurrentThreadCpuTime();
                System.out.printf("run %2d: read %d rows %.1f ms wall / %.1f ms cpu; whole request %.1f ms wall / %.1f ms cpu%n", i, rows,
                        (w1 - w0) / 1e6, (c1 - c0) / 1e6, (w2 - w1) / 1e6, (c2 - c1) / 1e6);
            }
        }
    }
}
