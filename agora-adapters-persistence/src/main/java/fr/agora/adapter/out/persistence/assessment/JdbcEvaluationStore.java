package fr.agora.adapter.out.persistence.assessment;

import fr.agora.application.port.out.assessment.IdempotencyPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.SaveEvaluationsPort;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.assessment.CoverageRecord;
import fr.agora.domain.assessment.EvaluationId;
import fr.agora.domain.assessment.EvaluatorRole;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.Uai;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Evaluations ({@code eval_evaluation}, append-only, bulk appends in JDBC batches) and the idempotency records of bulk
 * requests ({@code eval_idempotency}). Every read filters on the UAI, so another school's rows are never returned.
 */
public class JdbcEvaluationStore implements LoadEvaluationsPort, SaveEvaluationsPort, IdempotencyPort {

    private final JdbcTemplate jdbc;

    public JdbcEvaluationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static final int BATCH = 1000;

    private static final String EVALUATION_COLUMNS = "e.id, e.student_id, e.competency_code, e.criterion_id, e.period, e.eval_date, "
            + "e.level_code, e.scale_version, e.evaluator_id, e.evaluator_role, e.complexity_factors, e.aleas, e.comment_text, "
            + "e.evidence_link, e.supersedes, e.recorded_by, e.recorded_at, e.validated_by";

    static final String INSERT_EVALUATION = "INSERT INTO eval_evaluation (id, uai, student_id, competency_code, criterion_id, period, "
            + "eval_date, level_code, scale_version, evaluator_id, evaluator_role, complexity_factors, aleas, comment_text, evidence_link, "
            + "supersedes, recorded_by, recorded_at, validated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static Evaluation evaluation(ResultSet rs) throws SQLException {
        String supersedes = rs.getString(15);
        return new Evaluation(new EvaluationId(rs.getString(1)), StudentId.of(rs.getString(2)), rs.getString(3), rs.getString(4),
                PeriodCode.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getInt(8), rs.getString(9),
                EvaluatorRole.valueOf(rs.getString(10)), split(rs.getString(11)), split(rs.getString(12)), rs.getString(13),
                rs.getString(14), supersedes == null ? null : new EvaluationId(supersedes), rs.getString(16),
                rs.getObject(17, OffsetDateTime.class).toInstant(), rs.getString(18));
    }

    private static Set<String> split(String s) {
        return s == null || s.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(s.split("\\|")));
    }

    private static String join(Set<String> s) {
        return String.join("|", new TreeSet<>(s));
    }

    @Override
    public List<Evaluation> loadEvaluationsOfStudent(Uai uai, StudentId studentId) {
        return jdbc.query("SELECT " + EVALUATION_COLUMNS + " FROM eval_evaluation e WHERE e.uai = ? AND e.student_id = ?",
                (rs, i) -> evaluation(rs), uai.value(), studentId.value());
    }

    /** Paged in SQL (ix_eval_evaluation_student), in Evaluation.CHRONOLOGICAL order: date, recording instant, id. */
    @Override
    public List<Evaluation> listEvaluationsOfStudent(Uai uai, StudentId studentId, String competency, int offset, int limit) {
        String sql = "SELECT " + EVALUATION_COLUMNS + " FROM eval_evaluation e WHERE e.uai = ? AND e.student_id = ?"
                + (competency == null ? "" : " AND e.competency_code = ?") + " ORDER BY e.eval_date, e.recorded_at, e.id LIMIT ? OFFSET ?";
        Object[] args = competency == null ? new Object[] {uai.value(), studentId.value(), limit, offset}
                : new Object[] {uai.value(), studentId.value(), competency, limit, offset};
        return jdbc.query(sql, (rs, i) -> evaluation(rs), args);
    }

    @Override
    public long countEvaluationsOfStudent(Uai uai, StudentId studentId, String competency) {
        String sql = "SELECT COUNT(*) FROM eval_evaluation e WHERE e.uai = ? AND e.student_id = ?"
                + (competency == null ? "" : " AND e.competency_code = ?");
        Object[] args = competency == null ? new Object[] {uai.value(), studentId.value()} : new Object[] {uai.value(), studentId.value(), competency};
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    @Override
    public Map<StudentId, List<Evaluation>> loadEvaluationsOfCohort(Uai uai, CohortId cohortId) {
        Map<StudentId, List<Evaluation>> out = new LinkedHashMap<>();
        // driven by the cohort's students (index ix_eval_student_cohort), then ix_eval_evaluation_coverage (V15) per student:
        // the cost follows the cohort's size, not the school's
        jdbc.query("SELECT " + EVALUATION_COLUMNS + " FROM eval_evaluation e WHERE e.student_id IN "
                + "(SELECT s.id FROM eval_student s WHERE s.uai = ? AND s.cohort_id = ?)", rs -> {
                    Evaluation e = evaluation(rs);
                    out.computeIfAbsent(e.studentId(), k -> new ArrayList<>()).add(e);
                }, uai.value(), cohortId.value());
        return out;
    }

    /** What coverage reads ({@link CoverageRecord}): no evaluator, comment, evidence link or validator. */
    private static final String COVERAGE_COLUMNS = "e.id, e.student_id, e.competency_code, e.criterion_id, e.period, e.eval_date, "
            + "e.level_code, e.scale_version, e.complexity_factors, e.aleas, e.supersedes, e.recorded_at";

    /**
     * One query for the whole cohort, driven by its students (ix_eval_student_cohort, then the evaluations of each
     * through ix_eval_evaluation_coverage, V15, which holds every column read here, so PostgreSQL answers with an
     * index-only scan): the cost follows the cohort's size, not the school's.
     */
    @Override
    public Map<StudentId, List<CoverageRecord>> loadCoverageRecordsOfCohort(Uai uai, CohortId cohortId) {
        CoverageRows rows = new CoverageRows();
        jdbc.query("SELECT " + COVERAGE_COLUMNS + " FROM eval_evaluation e WHERE e.student_id IN "
                + "(SELECT s.id FROM eval_student s WHERE s.uai = ? AND s.cohort_id = ?)", rows, uai.value(), cohortId.value());
        Map<StudentId, List<CoverageRecord>> out = new LinkedHashMap<>();
        rows.byStudent.forEach((k, v) -> out.put(rows.studentIds.get(k), v));
        return out;
    }

    /**
     * The school is checked through the student's row, not {@code e.uai}: ix_eval_evaluation_coverage (V15) then holds
     * every column the query reads, and PostgreSQL answers from the index alone instead of one table page per record
     * (a student's records are written over two years, amid everyone else's; see RELIABILITY.md §6).
     */
    @Override
    public List<CoverageRecord> loadCoverageRecordsOfStudent(Uai uai, StudentId studentId) {
        CoverageRows rows = new CoverageRows();
        jdbc.query("SELECT " + COVERAGE_COLUMNS + " FROM eval_evaluation e WHERE e.student_id IN "
                + "(SELECT s.id FROM eval_student s WHERE s.uai = ? AND s.id = ?)", rows, uai.value(), studentId.value());
        return rows.byStudent.getOrDefault(studentId.value(), List.of());
    }

    /**
     * Maps coverage rows as they stream, without an intermediate row object; dates and instants are read as
     * {@code LocalDate}/{@code OffsetDateTime}; values repeated across rows (student ids, codes, sets of complexity
     * factors and aléas) are decoded once per query.
     */
    private static final class CoverageRows implements RowCallbackHandler {
        final Map<String, List<CoverageRecord>> byStudent = new LinkedHashMap<>();
        final Map<String, StudentId> studentIds = new HashMap<>();
        private final Map<String, String> strings = new HashMap<>();
        private final Map<String, Set<String>> sets = new HashMap<>();

        private String lastStudent;
        private StudentId lastId;
        private List<CoverageRecord> lastRecords;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            String student = rs.getString(2);
            if (!student.equals(lastStudent)) {
                // rows come student by student (one index range each), so the maps are looked up once per student
                lastStudent = student;
                lastId = studentIds.computeIfAbsent(student, StudentId::of);
                lastRecords = byStudent.computeIfAbsent(student, k -> new ArrayList<>(512));
            }
            StudentId sid = lastId;
            String supersedes = rs.getString(11);
            CoverageRecord r = new CoverageRecord(new EvaluationId(rs.getString(1)), sid, shared(strings, rs.getString(3)),
                    shared(strings, rs.getString(4)), PeriodCode.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                    shared(strings, rs.getString(7)), rs.getInt(8),
                    sets.computeIfAbsent(rs.getString(9), JdbcEvaluationStore::splitOnce), sets.computeIfAbsent(rs.getString(10), JdbcEvaluationStore::splitOnce),
                    supersedes == null ? null : new EvaluationId(supersedes), rs.getObject(12, OffsetDateTime.class).toInstant());
            lastRecords.add(r);
        }
    }

    private static String shared(Map<String, String> strings, String s) {
        return s == null ? null : strings.computeIfAbsent(s, k -> k);
    }

    private static Set<String> splitOnce(String s) {
        return Set.copyOf(split(s));
    }

    static Object[] row(Uai uai, Evaluation e) {
        return new Object[] {e.id().value(), uai.value(), e.studentId().value(), e.competencyCode(), e.criterionId(), e.period().name(),
                Date.valueOf(e.date()), e.levelCode(), e.scaleVersion(), e.evaluatorId(), e.evaluatorRole().name(), join(e.complexityFactors()),
                join(e.aleas()), e.comment(), e.evidenceLink(), e.supersedes() == null ? null : e.supersedes().value(), e.recordedBy(),
                OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC), e.validatedBy()};
    }

    @Override
    public void appendEvaluations(Uai uai, List<Evaluation> evaluations) {
        List<Object[]> rows = new ArrayList<>(Math.min(evaluations.size(), BATCH));
        try {
            for (Evaluation e : evaluations) {
                rows.add(row(uai, e));
                if (rows.size() == BATCH) {
                    jdbc.batchUpdate(INSERT_EVALUATION, rows);
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) jdbc.batchUpdate(INSERT_EVALUATION, rows);
        } catch (DuplicateKeyException ex) {
            throw new ConflictException("evaluation-already-superseded", "supersedes",
                    "an evaluation of this batch supersedes a record already superseded (or reuses an id)", Map.of());
        }
    }

    @Override
    public Optional<Entry> find(Scope scope, Instant notBefore) {
        return jdbc.query("SELECT fingerprint, result_ids, created_at FROM eval_idempotency WHERE uai = ? AND client_id = ? AND idem_key = ? "
                        + "AND created_at >= ?",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2).isEmpty() ? List.of() : List.of(rs.getString(2).split(",")),
                        rs.getObject(3, OffsetDateTime.class).toInstant()),
                scope.uai().value(), scope.clientId(), scope.key(), utc(notBefore)).stream().findFirst();
    }

    @Override
    public void remember(Scope scope, Entry entry, Set<StudentId> students, Instant notBefore) {
        // the caller's expired records go first (this key's too, which the insert would otherwise collide with)
        jdbc.update("DELETE FROM eval_idempotency WHERE uai = ? AND client_id = ? AND created_at < ?",
                scope.uai().value(), scope.clientId(), utc(notBefore));
        try {
            jdbc.update("INSERT INTO eval_idempotency (uai, client_id, idem_key, fingerprint, result_ids, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    scope.uai().value(), scope.clientId(), scope.key(), entry.fingerprint(), String.join(",", entry.resultIds()), utc(entry.createdAt()));
        } catch (DuplicateKeyException e) {
            // another request with this key committed first, after this one looked: it was still in flight (draft §2.7)
            throw new ConflictException("idempotency-key-in-use", "idempotencyKey",
                    "a request with idempotency key '" + scope.key() + "' was being processed; retry it to get its answer", Map.of());
        }
        List<Object[]> links = new ArrayList<>(students.size());
        for (String student : new TreeSet<>(students.stream().map(StudentId::value).toList())) {
            links.add(new Object[] {scope.uai().value(), scope.clientId(), scope.key(), student});
        }
        if (!links.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO eval_idempotency_student (uai, client_id, idem_key, student_id) VALUES (?, ?, ?, ?)", links);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
