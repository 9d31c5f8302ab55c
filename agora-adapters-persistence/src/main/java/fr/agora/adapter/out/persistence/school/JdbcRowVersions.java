package fr.agora.adapter.out.persistence.school;

import fr.agora.application.port.out.school.VersionedWritesPort;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.Uai;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Optimistic locking of cohorts, students and placements: each UPDATE checks the row version itself, so two
 * concurrent writers cannot both pass.
 */
public class JdbcRowVersions implements VersionedWritesPort {

    private final JdbcTemplate jdbc;

    public JdbcRowVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

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
        JdbcCohortStore.writePeriods(jdbc, c);
        return true;
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
            throw new ConflictException("duplicate-student", "ine", "a student with this INE already exists", Map.of());
        }
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
}
