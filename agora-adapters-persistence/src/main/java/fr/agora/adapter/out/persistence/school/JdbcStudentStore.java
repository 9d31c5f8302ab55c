package fr.agora.adapter.out.persistence.school;

import fr.agora.application.port.out.school.EraseStudentPort;
import fr.agora.application.port.out.school.ListStudentsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.school.SaveStudentsPort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.Ine;
import fr.agora.domain.school.Student;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.Uai;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Students ({@code eval_student}), read within one school, listed by name a page at a time (a tutor: the students placed
 * with them); erasure cascades to their placements and evaluations.
 */
public class JdbcStudentStore implements LoadStudentPort, SaveStudentsPort, ListStudentsPort, EraseStudentPort {

    private final JdbcTemplate jdbc;

    public JdbcStudentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
                    throw new ConflictException("duplicate-student", "ine", "a student with this INE or id already exists", Map.of());
                }
            }
        }
    }

    @Override
    public void eraseStudent(Uai uai, StudentId id) {
        // the idempotency records of writes that touched the student first (their links go with them by cascade), so
        // that a replay never answers with erased ids; then evaluations and placements go by ON DELETE CASCADE
        jdbc.update("DELETE FROM eval_idempotency WHERE uai = ? AND EXISTS (SELECT 1 FROM eval_idempotency_student l "
                + "WHERE l.uai = eval_idempotency.uai AND l.client_id = eval_idempotency.client_id "
                + "AND l.idem_key = eval_idempotency.idem_key AND l.student_id = ?)", uai.value(), id.value());
        jdbc.update("DELETE FROM eval_student WHERE uai = ? AND id = ?", uai.value(), id.value());
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
}
