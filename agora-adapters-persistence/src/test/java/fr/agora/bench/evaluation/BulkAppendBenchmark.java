package fr.agora.bench.evaluation;

import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #3 figure: bulk import of 15 000 evaluations (two students, 7 500 each) through
 * {@code JdbcEvaluationStore.appendEvaluations} in one transaction, against the same rows written by a raw
 * {@code PreparedStatement} batch (typed setters, batches of 1 000, one commit) in the same run. Target: store
 * throughput ≥ 0.5× raw, i.e. {@code rawJdbcBatch / storeAppend} time ≥ 0.5. The table is emptied before each
 * invocation (not timed), so both write into the same empty table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class BulkAppendBenchmark {

    static final String INSERT = "INSERT INTO eval_evaluation (id, uai, student_id, competency_code, criterion_id, period, "
            + "eval_date, level_code, scale_version, evaluator_id, evaluator_role, complexity_factors, aleas, comment_text, evidence_link, "
            + "supersedes, recorded_by, recorded_at, validated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Param({"POSTGRESQL", "H2"})
    public EvaluationBenchData.Db database;

    EvaluationBenchData.Database db;
    EvaluationBenchData.School school;
    JdbcTemplate jdbc;
    List<Evaluation> rows;

    @Setup(Level.Trial)
    public void seed() {
        db = database.open();
        school = EvaluationBenchData.seed(db.dataSource(), EvaluationBenchData.COHORT_STUDENTS);
        CohortId bulk = new CohortId("bulk");
        school.store().cohorts().saveCohort(new Cohort(bulk, EvaluationBenchData.SCHOOL, "bulk", "bacpro-agora", "2020", 2026, List.of()));
        List<StudentId> ids = List.of(StudentId.of("bulk-1"), StudentId.of("bulk-2"));
        school.store().students().saveStudents(ids.stream().map(id -> new Student(id, EvaluationBenchData.SCHOOL, bulk, null, "B", "B")).toList());
        rows = EvaluationBenchData.evaluations(ids, 7_500, "b", EvaluationBenchData.real37(), 10L);
        jdbc = new JdbcTemplate(db.dataSource());
    }

    @Setup(Level.Invocation)
    public void empty() {
        jdbc.execute("TRUNCATE TABLE eval_evaluation");
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    @Benchmark
    public int storeAppend() {
        school.tx().inTransaction(() -> {
            school.store().evaluations().appendEvaluations(EvaluationBenchData.SCHOOL, rows);
            return null;
        });
        return rows.size();
    }

    @Benchmark
    public int rawJdbcBatch() throws SQLException {
        String uai = EvaluationBenchData.SCHOOL.value();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int n = 0;
                for (Evaluation e : rows) {
                    ps.setString(1, e.id().value());
                    ps.setString(2, uai);
                    ps.setString(3, e.studentId().value());
                    ps.setString(4, e.competencyCode());
                    ps.setString(5, e.criterionId());
                    ps.setString(6, e.period().name());
                    ps.setDate(7, Date.valueOf(e.date()));
                    ps.setString(8, e.levelCode());
                    ps.setInt(9, e.scaleVersion());
                    ps.setString(10, e.evaluatorId());
                    ps.setString(11, e.evaluatorRole().name());
                    ps.setString(12, String.join("|", new TreeSet<>(e.complexityFactors())));
                    ps.setString(13, String.join("|", new TreeSet<>(e.aleas())));
                    ps.setString(14, e.comment());
                    ps.setString(15, e.evidenceLink());
                    if (e.supersedes() == null) ps.setNull(16, Types.VARCHAR); else ps.setString(16, e.supersedes().value());
                    ps.setString(17, e.recordedBy());
                    ps.setObject(18, OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
                    ps.setString(19, e.validatedBy());
                    ps.addBatch();
                    if (++n % 1_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return rows.size();
    }
}
