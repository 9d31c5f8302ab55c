package fr.agora.bench.evaluation;

import fr.agora.domain.coverage.CohortCoverage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #3 figure: cohort coverage (35 students, 15 015 evaluations, 37 codes × P1–P6) through
 * {@code GetCohortCoverageService} on the real {@code JdbcEvaluationStore}, H2 and embedded PostgreSQL behind HikariCP.
 * Target p99 ≤ 100 ms (JMH sample mode reports p0.99). {@code schoolStudents} = 100 and 10 000 gives the flatness
 * ratio (target ≤ 2×): same request, same cohort, each in its own fork so neither is the less warmed-up one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
public class CohortCoverageDbBenchmark {

    @Param({"H2", "POSTGRESQL"})
    public EvaluationBenchData.Db database;

    @Param({"100", "10000"})
    public int schoolStudents;

    EvaluationBenchData.Database db;
    EvaluationBenchData.School school;

    @Setup(Level.Trial)
    public void seed() {
        db = database.open();
        school = EvaluationBenchData.seed(db.dataSource(), schoolStudents);
        db.analyze();
        CohortCoverage cc = cohortCoverage();
        if (cc.students() != EvaluationBenchData.COHORT_STUDENTS) throw new IllegalStateException("data set: " + cc.students() + " students");
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    @Benchmark
    public CohortCoverage cohortCoverage() {
        return school.service().cohortCoverage(EvaluationBenchData.QUERY);
    }
}
