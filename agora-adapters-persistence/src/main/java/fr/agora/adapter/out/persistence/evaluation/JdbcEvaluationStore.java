package fr.agora.adapter.out.persistence.evaluation;

import fr.agora.application.port.out.evaluation.AuditPort;
import fr.agora.application.port.out.evaluation.EraseStudentPort;
import fr.agora.application.port.out.evaluation.IdempotencyPort;
import fr.agora.application.port.out.evaluation.ListCohortsPort;
import fr.agora.application.port.out.evaluation.ListStudentsPort;
import fr.agora.application.port.out.evaluation.LoadCohortPort;
import fr.agora.application.port.out.evaluation.LoadEstablishmentPort;
import fr.agora.application.port.out.evaluation.LoadEvaluationsPort;
import fr.agora.application.port.out.evaluation.LoadPlacementsPort;
import fr.agora.application.port.out.evaluation.LoadReadinessGridPort;
import fr.agora.application.port.out.evaluation.LoadScalePort;
import fr.agora.application.port.out.evaluation.LoadStudentPort;
import fr.agora.application.port.out.evaluation.SaveEvaluationsPort;
import fr.agora.application.port.out.evaluation.SaveCohortPort;
import fr.agora.application.port.out.evaluation.SaveEstablishmentPort;
import fr.agora.application.port.out.evaluation.SavePlacementPort;
import fr.agora.application.port.out.evaluation.SaveReadinessGridPort;
import fr.agora.application.port.out.evaluation.SaveScalePort;
import fr.agora.application.port.out.evaluation.VersionedWritesPort;
import fr.agora.application.port.out.evaluation.SaveStudentsPort;
import fr.agora.domain.evaluation.AggregationPolicy;
import fr.agora.domain.evaluation.Cohort;
import fr.agora.domain.evaluation.CohortId;
import fr.agora.domain.evaluation.Establishment;
import fr.agora.domain.evaluation.Evaluation;
import fr.agora.domain.evaluation.EvaluationConflictException;
import fr.agora.domain.evaluation.EvaluationId;
import fr.agora.domain.evaluation.EvaluationScale;
import fr.agora.domain.evaluation.EvaluatorRole;
import fr.agora.domain.evaluation.Ine;
import fr.agora.domain.evaluation.OrganisationKind;
import fr.agora.domain.evaluation.PeriodCode;
import fr.agora.domain.evaluation.PfmpPeriod;
import fr.agora.domain.evaluation.Placement;
import fr.agora.domain.evaluation.ReadinessGrid;
import fr.agora.domain.evaluation.ScaleHistory;
import fr.agora.domain.evaluation.ScaleLevel;
import fr.agora.domain.evaluation.Student;
import fr.agora.domain.evaluation.StudentId;
import fr.agora.domain.evaluation.Uai;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.springframework.jdbc.core.RowMapper;

/**
 * The evaluation out-ports on plain JDBC (tables of {@code V10__evaluation.sql}). Every read filters on the UAI, so
 * another school's rows are never returned. Evaluations are append-only; bulk appends use JDBC batches.
 */
public class JdbcEvaluationStore implements LoadEstablishmentPort, LoadCohortPort, LoadStudentPort, SaveStudentsPort,
        EraseStudentPort, LoadPlacementsPort, LoadEvaluationsPort, SaveEvaluationsPort, LoadScalePort, SaveScalePort,
        LoadReadinessGridPort, IdempotencyPort, AuditPort, SaveEstablishmentPort, SaveCohortPort, ListCohortsPort,
        ListStudentsPort, SavePlacementPort, SaveReadinessGridPort, VersionedWritesPort {

    static final int BATCH = 1000;
    private static final String EVALUATION_COLUMNS = "e.id, e.student_id, e.competency_code, e.criterion_id, e.period, e.eval_date, "
            + "e.level_code, e.scale_version, e.evaluator_id, e.evaluator_role, e.complexity_factors, e.aleas, e.comment_text, "
            + "e.evidence_link, e.supersedes, e.recorded_by, e.recorded_at, e.validated_by";
    static final String INSERT_EVALUATION = "INSERT INTO eval_evaluation (id, uai, student_id, competency_code, criterion_id, period, "
            + "eval_date, level_code, scale_version, evaluator_id, evaluator_role, complexity_factors, aleas, comment_text, evidence_link, "
            + "supersedes, recorded_by, recorded_at, validated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    public JdbcEvaluationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- establishments, cohorts, placements, grids: adapter-level writes (their use cases are not built yet) ----

    @Override
    public void saveEstablishment(Establishment e) {
        AggregationPolicy p = e.defaultPolicy();
        int n = jdbc.update("UPDATE eval_establishment SET name = ?, policy_kind = ?, policy_k = ?, policy_limit = ?, row_version = row_version + 1 WHERE uai = ?",
                e.name(), p.kind().name(), p.k(), p.limit(), e.uai().value());
        if (n == 0) {
            jdbc.update("INSERT INTO eval_establishment (uai, name, policy_kind, policy_k, policy_limit) VALUES (?, ?, ?, ?, ?)",
                    e.uai().value(), e.name(), p.kind().name(), p.k(), p.limit());
        }
    }

    @Override
    public void saveCohort(Cohort c) {
        int n = jdbc.update("UPDATE eval_cohort SET name = ?, referentiel_id = ?, referentiel_version = ?, exam_session_year = ?, "
                        + "row_version = row_version + 1 WHERE id = ? AND uai = ?",
                c.name(), c.referentielId(), c.referentielVersion(), c.examSessionYear(), c.id().value(), c.uai().value());
        if (n == 0) {
            jdbc.update("INSERT INTO eval_cohort (id, uai, name, referentiel_id, referentiel_version, exam_session_year) VALUES (?, ?, ?, ?, ?, ?)",
                    c.id().value(), c.uai().value(), c.name(), c.referentielId(), c.referentielVersion(), c.examSessionYear());
        }
        jdbc.update("DELETE FROM eval_pfmp_period WHERE cohort_id = ?", c.id().value());
        List<Object[]> rows = c.periods().stream().map(p -> new Object[] {c.id().value(), p.code().name(), Date.valueOf(p.start()),
                Date.valueOf(p.end()), p.weeks()}).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO eval_pfmp_period (cohort_id, code, start_date, end_date, weeks) VALUES (?, ?, ?, ?, ?)", rows);
        }
    }

    // ---- optimistic locking: the UPDATE checks the version itself, so two concurrent writers cannot both pass ----

    @Override
    public Optional<Long> cohortVersion(Uai uai, CohortId id) {
        return jdbc.queryForList("SELECT row_version FROM eval_cohort WHERE uai = ? AND id = ?", Long.class, uai.value(), id.value())
                .stream().findFirst();
    }

    @Override
    public boolean saveCohortIfVersion(Cohort c, long expectedVersion) {
        int n = jdbc.update("UPDATE eval_cohort SET name = ?, referentiel_id = ?, referentiel_version = ?, exam_session_year = ?, "
                        + "row_version = row_version + 1 WHERE id = ? AND uai = ? AND row_version = ?",
                c.name(), c.referentielId(), c.referentielVersion(), c.examSessionYear(), c.id().value(), c.uai().value(), expectedVersion);
        if (n == 0) return false;
        jdbc.update("DELETE FROM eval_pfmp_period WHERE cohort_id = ?", c.id().value());
        List<Object[]> rows = c.periods().stream().map(p -> new Object[] {c.id().value(), p.code().name(), Date.valueOf(p.start()),
                Date.valueOf(p.end()), p.weeks()}).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO eval_pfmp_period (cohort_id, code, start_date, end_date, weeks) VALUES (?, ?, ?, ?, ?)", rows);
        }
        return true;
    }

    @Override
    public Map<PeriodCode, Long> placementVersions(Uai uai, StudentId studentId) {
        Map<PeriodCode, Long> out = new LinkedHashMap<>();
        jdbc.query("SELECT p.period, p.row_version FROM eval_placement p JOIN eval_student s ON s.id = p.student_id "
                + "WHERE s.uai = ? AND p.student_id = ? ORDER BY p.period", rs -> {
                    out.put(PeriodCode.valueOf(rs.getString(1)), rs.getLong(2));
                }, uai.value(), studentId.value());
        return out;
    }

    @Override
    public boolean savePlacementIfVersion(Placement p, long expectedVersion) {
        return jdbc.update("UPDATE eval_placement SET organisation = ?, kind = ?, tutor_name = ?, tutor_email = ?, row_version = row_version + 1 "
                + "WHERE student_id = ? AND period = ? AND row_version = ?", p.organisation(), p.kind().name(), p.tutorName(), p.tutorEmail(),
                p.studentId().value(), p.period().name(), expectedVersion) == 1;
    }

    @Override
    public Optional<Long> studentVersion(Uai uai, StudentId studentId) {
        return jdbc.queryForList("SELECT row_version FROM eval_student WHERE uai = ? AND id = ?", Long.class, uai.value(), studentId.value())
                .stream().findFirst();
    }

    @Override
    public boolean saveStudentIfVersion(Student s, long expectedVersion) {
        try {
            return jdbc.update("UPDATE eval_student SET cohort_id = ?, ine = ?, last_name = ?, first_name = ?, row_version = row_version + 1 "
                            + "WHERE uai = ? AND id = ? AND row_version = ?", s.cohortId().value(), s.ine() == null ? null : s.ine().value(),
                    s.lastName(), s.firstName(), s.uai().value(), s.id().value(), expectedVersion) == 1;
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("duplicate-student", "ine", "a student with this INE already exists", Map.of());
        }
    }

    @Override
    public void savePlacement(Placement p) {
        int n = jdbc.update("UPDATE eval_placement SET organisation = ?, kind = ?, tutor_name = ?, tutor_email = ?, row_version = row_version + 1 "
                + "WHERE student_id = ? AND period = ?", p.organisation(), p.kind().name(), p.tutorName(), p.tutorEmail(), p.studentId().value(), p.period().name());
        if (n == 0) {
            jdbc.update("INSERT INTO eval_placement (student_id, period, organisation, kind, tutor_name, tutor_email) VALUES (?, ?, ?, ?, ?, ?)",
                    p.studentId().value(), p.period().name(), p.organisation(), p.kind().name(), p.tutorName(), p.tutorEmail());
        }
    }

    @Override
    public void saveGrid(Uai uai, ReadinessGrid g) {
        try {
            jdbc.update("INSERT INTO eval_readiness_grid (uai, unit_code, version, grid_id, rounding_step, rounding_mode) VALUES (?, ?, ?, ?, ?, ?)",
                    uai.value(), g.unitCode(), g.version(), g.id(), g.roundingStep(), g.roundingMode().name());
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("stale-grid-version", "version", "grid " + g.unitCode() + " v" + g.version() + " already exists", Map.of());
        }
        List<Object[]> rows = new ArrayList<>();
        int i = 0;
        for (var w : g.weights().entrySet()) rows.add(new Object[] {uai.value(), g.unitCode(), g.version(), "WEIGHT", i++, w.getKey(), w.getValue()});
        i = 0;
        for (var p : g.pointsPerLevel().entrySet()) rows.add(new Object[] {uai.value(), g.unitCode(), g.version(), "POINTS", i++, p.getKey(), p.getValue()});
        jdbc.batchUpdate("INSERT INTO eval_readiness_grid_term (uai, unit_code, version, term_kind, position, term_key, amount) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    // ---- ports ----

    @Override
    public Optional<Establishment> loadEstablishment(Uai uai) {
        return jdbc.query("SELECT uai, name, policy_kind, policy_k, policy_limit FROM eval_establishment WHERE uai = ?",
                (rs, i) -> new Establishment(Uai.of(rs.getString(1)), rs.getString(2), new AggregationPolicy(
                        AggregationPolicy.Kind.valueOf(rs.getString(3)), rs.getInt(4), (Integer) rs.getObject(5, Integer.class))),
                uai.value()).stream().findFirst();
    }

    @Override
    public Optional<Cohort> loadCohort(Uai uai, CohortId id) {
        return cohorts("WHERE c.uai = ? AND c.id = ?", uai.value(), id.value()).stream().findFirst();
    }

    @Override
    public List<Cohort> loadCohortsWithSessionUpTo(int year) {
        return cohorts("WHERE c.exam_session_year <= ?", year);
    }

    private List<Cohort> cohorts(String where, Object... args) {
        record Row(String id, String uai, String name, String ref, String version, int year) { }
        List<Row> rows = jdbc.query("SELECT c.id, c.uai, c.name, c.referentiel_id, c.referentiel_version, c.exam_session_year FROM eval_cohort c "
                + where + " ORDER BY c.id", (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)), args);
        List<Cohort> out = new ArrayList<>();
        for (Row r : rows) {
            List<PfmpPeriod> periods = jdbc.query("SELECT code, start_date, end_date, weeks FROM eval_pfmp_period WHERE cohort_id = ? ORDER BY code",
                    (rs, i) -> new PfmpPeriod(PeriodCode.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getInt(4)), r.id());
            out.add(new Cohort(new CohortId(r.id()), Uai.of(r.uai()), r.name(), r.ref(), r.version(), r.year(), periods));
        }
        return out;
    }

    @Override
    public List<Cohort> listCohorts(Uai uai, int offset, int limit) {
        List<String> ids = jdbc.queryForList("SELECT id FROM eval_cohort WHERE uai = ? ORDER BY name, id LIMIT ? OFFSET ?",
                String.class, uai.value(), limit, offset);
        List<Cohort> out = new ArrayList<>();
        for (String id : ids) loadCohort(uai, new CohortId(id)).ifPresent(out::add);
        return out;
    }

    @Override
    public long countCohorts(Uai uai) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM eval_cohort WHERE uai = ?", Long.class, uai.value());
        return n == null ? 0 : n;
    }

    @Override
    public List<Student> listStudents(Uai uai, CohortId cohortId, int offset, int limit) {
        if (cohortId == null) {
            return jdbc.query(STUDENT_COLUMNS + "WHERE uai = ? ORDER BY last_name, first_name, id LIMIT ? OFFSET ?", STUDENT, uai.value(), limit, offset);
        }
        return jdbc.query(STUDENT_COLUMNS + "WHERE uai = ? AND cohort_id = ? ORDER BY last_name, first_name, id LIMIT ? OFFSET ?", STUDENT,
                uai.value(), cohortId.value(), limit, offset);
    }

    @Override
    public long countStudents(Uai uai, CohortId cohortId) {
        Long n = cohortId == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM eval_student WHERE uai = ?", Long.class, uai.value())
                : jdbc.queryForObject("SELECT COUNT(*) FROM eval_student WHERE uai = ? AND cohort_id = ?", Long.class, uai.value(), cohortId.value());
        return n == null ? 0 : n;
    }

    @Override
    public List<Student> listStudentsOfTutor(Uai uai, String tutorEmail, CohortId cohortId, int offset, int limit) {
        String tutor = "id IN (SELECT student_id FROM eval_placement WHERE tutor_email = ?) ";
        if (cohortId == null) {
            return jdbc.query(STUDENT_COLUMNS + "WHERE uai = ? AND " + tutor + "ORDER BY last_name, first_name, id LIMIT ? OFFSET ?", STUDENT,
                    uai.value(), tutorEmail, limit, offset);
        }
        return jdbc.query(STUDENT_COLUMNS + "WHERE uai = ? AND cohort_id = ? AND " + tutor + "ORDER BY last_name, first_name, id LIMIT ? OFFSET ?",
                STUDENT, uai.value(), cohortId.value(), tutorEmail, limit, offset);
    }

    @Override
    public long countStudentsOfTutor(Uai uai, String tutorEmail, CohortId cohortId) {
        String tutor = "id IN (SELECT student_id FROM eval_placement WHERE tutor_email = ?)";
        Long n = cohortId == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM eval_student WHERE uai = ? AND " + tutor, Long.class, uai.value(), tutorEmail)
                : jdbc.queryForObject("SELECT COUNT(*) FROM eval_student WHERE uai = ? AND cohort_id = ? AND " + tutor, Long.class,
                        uai.value(), cohortId.value(), tutorEmail);
        return n == null ? 0 : n;
    }

    private static final RowMapper<Student> STUDENT = (rs, i) -> new Student(StudentId.of(rs.getString(1)), Uai.of(rs.getString(2)),
            new CohortId(rs.getString(3)), rs.getString(4) == null ? null : Ine.of(rs.getString(4)), rs.getString(5), rs.getString(6));
    private static final String STUDENT_COLUMNS = "SELECT id, uai, cohort_id, ine, last_name, first_name FROM eval_student ";

    @Override
    public Optional<Student> loadStudent(Uai uai, StudentId id) {
        return jdbc.query(STUDENT_COLUMNS + "WHERE uai = ? AND id = ?", STUDENT, uai.value(), id.value()).stream().findFirst();
    }

    @Override
    public List<Student> loadStudentsOfCohort(Uai uai, CohortId cohortId) {
        return jdbc.query(STUDENT_COLUMNS + "WHERE uai = ? AND cohort_id = ? ORDER BY last_name, first_name, id", STUDENT, uai.value(), cohortId.value());
    }

    @Override
    public Optional<Student> findStudentByIne(Uai uai, Ine ine) {
        return jdbc.query(STUDENT_COLUMNS + "WHERE uai = ? AND ine = ?", STUDENT, uai.value(), ine.value()).stream().findFirst();
    }

    @Override
    public void saveStudents(List<Student> students) {
        for (Student s : students) {
            String ine = s.ine() == null ? null : s.ine().value();
            int n = jdbc.update("UPDATE eval_student SET cohort_id = ?, ine = ?, last_name = ?, first_name = ?, row_version = row_version + 1 "
                    + "WHERE id = ? AND uai = ?", s.cohortId().value(), ine, s.lastName(), s.firstName(), s.id().value(), s.uai().value());
            if (n == 0) {
                try {
                    jdbc.update("INSERT INTO eval_student (id, uai, cohort_id, ine, last_name, first_name) VALUES (?, ?, ?, ?, ?, ?)",
                            s.id().value(), s.uai().value(), s.cohortId().value(), ine, s.lastName(), s.firstName());
                } catch (DuplicateKeyException e) {
                    throw new EvaluationConflictException("duplicate-student", "ine", "a student with this INE or id already exists", Map.of());
                }
            }
        }
    }

    @Override
    public void eraseStudent(Uai uai, StudentId id) {
        // evaluations and placements go by ON DELETE CASCADE; idempotency records hold only generated ids
        jdbc.update("DELETE FROM eval_student WHERE uai = ? AND id = ?", uai.value(), id.value());
    }

    @Override
    public List<Placement> loadPlacementsOfStudent(Uai uai, StudentId id) {
        return jdbc.query("SELECT p.student_id, p.period, p.organisation, p.kind, p.tutor_name, p.tutor_email FROM eval_placement p "
                        + "JOIN eval_student s ON s.id = p.student_id WHERE s.uai = ? AND p.student_id = ? ORDER BY p.period",
                (rs, i) -> new Placement(StudentId.of(rs.getString(1)), PeriodCode.valueOf(rs.getString(2)), rs.getString(3),
                        OrganisationKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)), uai.value(), id.value());
    }

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

    /** What coverage reads: no comment, evidence link or validator (see {@link #loadCoverageRecordsOfCohort}). */
    private static final String COVERAGE_COLUMNS = "e.id, e.student_id, e.competency_code, e.criterion_id, e.period, e.eval_date, "
            + "e.level_code, e.scale_version, e.evaluator_id, e.evaluator_role, e.complexity_factors, e.aleas, e.supersedes, e.recorded_by, "
            + "e.recorded_at";

    /**
     * One query for the whole cohort, driven by its students (ix_eval_student_cohort, then the evaluations of each
     * through ix_eval_evaluation_coverage, V15, which holds every column read here, so PostgreSQL answers with an
     * index-only scan): the cost follows the cohort's size, not the school's. Rows are mapped as they stream,
     * without an intermediate row object; dates and instants are read as {@code LocalDate}/{@code OffsetDateTime};
     * values repeated across rows (student ids, codes, evaluators, sets of complexity factors and aléas) are decoded
     * once per query.
     */
    @Override
    public Map<StudentId, List<Evaluation>> loadCoverageRecordsOfCohort(Uai uai, CohortId cohortId) {
        Map<String, List<Evaluation>> byStudent = new LinkedHashMap<>();
        Map<String, StudentId> studentIds = new HashMap<>();
        Map<String, String> strings = new HashMap<>();
        Map<String, Set<String>> sets = new HashMap<>();
        jdbc.query("SELECT " + COVERAGE_COLUMNS + " FROM eval_evaluation e WHERE e.student_id IN "
                + "(SELECT s.id FROM eval_student s WHERE s.uai = ? AND s.cohort_id = ?)", rs -> {
                    String student = rs.getString(2);
                    StudentId sid = studentIds.computeIfAbsent(student, StudentId::of);
                    String supersedes = rs.getString(13);
                    Evaluation e = new Evaluation(new EvaluationId(rs.getString(1)), sid, shared(strings, rs.getString(3)),
                            shared(strings, rs.getString(4)), PeriodCode.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                            shared(strings, rs.getString(7)), rs.getInt(8), shared(strings, rs.getString(9)), EvaluatorRole.valueOf(rs.getString(10)),
                            sets.computeIfAbsent(rs.getString(11), JdbcEvaluationStore::splitOnce), sets.computeIfAbsent(rs.getString(12), JdbcEvaluationStore::splitOnce),
                            null, null, supersedes == null ? null : new EvaluationId(supersedes), shared(strings, rs.getString(14)),
                            rs.getObject(15, OffsetDateTime.class).toInstant(), null);
                    byStudent.computeIfAbsent(student, k -> new ArrayList<>()).add(e);
                }, uai.value(), cohortId.value());
        Map<StudentId, List<Evaluation>> out = new LinkedHashMap<>();
        byStudent.forEach((k, v) -> out.put(studentIds.get(k), v));
        return out;
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
            throw new EvaluationConflictException("evaluation-already-superseded", "supersedes",
                    "an evaluation of this batch supersedes a record already superseded (or reuses an id)", Map.of());
        }
    }

    @Override
    public Optional<ScaleHistory> loadScales(Uai uai) {
        record Head(int version, String id, BigDecimal threshold) { }
        List<Head> heads = jdbc.query("SELECT version, scale_id, threshold FROM eval_scale WHERE uai = ? ORDER BY version",
                (rs, i) -> new Head(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)), uai.value());
        if (heads.isEmpty()) return Optional.empty();
        Map<Integer, List<ScaleLevel>> levels = new HashMap<>();
        jdbc.query("SELECT version, code, label, level_value, counts FROM eval_scale_level WHERE uai = ? ORDER BY version, position", rs -> {
            levels.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new ScaleLevel(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBoolean(5)));
        }, uai.value());
        return Optional.of(new ScaleHistory(heads.stream().map(h -> new EvaluationScale(h.id(), h.version(), levels.get(h.version()), h.threshold())).toList()));
    }

    @Override
    public void appendScaleVersion(Uai uai, EvaluationScale scale) {
        Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(version), 0) FROM eval_scale WHERE uai = ?", Integer.class, uai.value());
        if (last == null || last + 1 != scale.version()) {
            throw new EvaluationConflictException("stale-scale-version", "expectedVersion", "scale version " + scale.version() + " cannot follow " + last, Map.of());
        }
        try {
            jdbc.update("INSERT INTO eval_scale (uai, version, scale_id, threshold) VALUES (?, ?, ?, ?)", uai.value(), scale.version(), scale.id(), scale.threshold());
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("stale-scale-version", "expectedVersion", "scale version " + scale.version() + " already exists", Map.of());
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < scale.levels().size(); i++) {
            ScaleLevel l = scale.levels().get(i);
            rows.add(new Object[] {uai.value(), scale.version(), i, l.code(), l.label(), l.value(), l.counts()});
        }
        jdbc.batchUpdate("INSERT INTO eval_scale_level (uai, version, position, code, label, level_value, counts) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @Override
    public Optional<ReadinessGrid> loadCurrentGrid(Uai uai, String unitCode) {
        record Head(int version, String id, BigDecimal step, String mode) { }
        List<Head> heads = jdbc.query("SELECT version, grid_id, rounding_step, rounding_mode FROM eval_readiness_grid WHERE uai = ? AND unit_code = ? "
                + "ORDER BY version DESC", (rs, i) -> new Head(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)), uai.value(), unitCode);
        if (heads.isEmpty()) return Optional.empty();
        Head h = heads.get(0);
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        jdbc.query("SELECT term_kind, term_key, amount FROM eval_readiness_grid_term WHERE uai = ? AND unit_code = ? AND version = ? ORDER BY term_kind, position",
                rs -> {
                    (rs.getString(1).equals("WEIGHT") ? weights : points).put(rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros());
                }, uai.value(), unitCode, h.version());
        return Optional.of(new ReadinessGrid(h.id(), h.version(), unitCode, weights, points, h.step().stripTrailingZeros(), RoundingMode.valueOf(h.mode())));
    }

    @Override
    public Optional<Entry> find(Uai uai, String key) {
        return jdbc.query("SELECT idem_key, fingerprint, result_ids FROM eval_idempotency WHERE uai = ? AND idem_key = ?",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3).isEmpty() ? List.of() : List.of(rs.getString(3).split(","))),
                uai.value(), key).stream().findFirst();
    }

    @Override
    public void remember(Uai uai, Entry entry) {
        try {
            jdbc.update("INSERT INTO eval_idempotency (uai, idem_key, fingerprint, result_ids, created_at) VALUES (?, ?, ?, ?, ?)",
                    uai.value(), entry.key(), entry.fingerprint(), String.join(",", entry.resultIds()), OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("idempotency-key-reused", "idempotencyKey", "idempotency key '" + entry.key() + "' is being used concurrently", Map.of());
        }
    }

    @Override
    public void audit(AuditRecord r) {
        jdbc.update("INSERT INTO eval_audit (uai, action, actor_role, item_count, at) VALUES (?, ?, ?, ?, ?)",
                r.uai().value(), r.action(), r.actorRole(), r.count(), OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC));
    }

    /** Audit records of a school, oldest first (for tests and an admin view). */
    public List<AuditRecord> auditRecords(Uai uai) {
        return jdbc.query("SELECT uai, action, actor_role, item_count, at FROM eval_audit WHERE uai = ? ORDER BY id",
                (rs, i) -> new AuditRecord(Uai.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()), uai.value());
    }
}
