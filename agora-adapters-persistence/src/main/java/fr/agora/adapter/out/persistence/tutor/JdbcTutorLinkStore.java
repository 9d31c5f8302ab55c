package fr.agora.adapter.out.persistence.tutor;

import fr.agora.application.port.out.tutor.LoadTutorLinkPort;
import fr.agora.application.port.out.tutor.SaveTutorLinkPort;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.tutor.TutorLink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tutor links ({@code tutor_link}); looked up by the hash of their secret, which is unique. */
public class JdbcTutorLinkStore implements LoadTutorLinkPort, SaveTutorLinkPort {

    private static final String COLUMNS = "id, uai, student_id, period, tutor_email, token_hash, created_at, expires_at, created_by, "
            + "revoked_at, submitted_at, appreciation";

    private final JdbcTemplate jdbc;

    public JdbcTutorLinkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TutorLink> loadByTokenHash(String tokenHash) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tutor_link WHERE token_hash = ?", JdbcTutorLinkStore::link, tokenHash).stream().findFirst();
    }

    @Override
    public List<TutorLink> loadLinksOfStudent(Uai uai, StudentId studentId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tutor_link WHERE uai = ? AND student_id = ? ORDER BY created_at, id",
                JdbcTutorLinkStore::link, uai.value(), studentId.value());
    }

    @Override
    public List<TutorLink> listLinksOfStudent(Uai uai, StudentId studentId, int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tutor_link WHERE uai = ? AND student_id = ? ORDER BY created_at, id LIMIT ? OFFSET ?",
                JdbcTutorLinkStore::link, uai.value(), studentId.value(), limit, offset);
    }

    @Override
    public long countLinksOfStudent(Uai uai, StudentId studentId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM tutor_link WHERE uai = ? AND student_id = ?", Long.class, uai.value(), studentId.value());
        return n == null ? 0 : n;
    }

    @Override
    public void insertLink(TutorLink l) {
        jdbc.update("INSERT INTO tutor_link (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", l.id(), l.uai().value(),
                l.studentId().value(), l.period().name(), l.tutorEmail(), l.tokenHash(), ts(l.createdAt()), ts(l.expiresAt()), l.createdBy(),
                ts(l.revokedAt()), ts(l.submittedAt()), l.appreciation());
    }

    @Override
    public void revokeLink(String id, Instant at) {
        jdbc.update("UPDATE tutor_link SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", ts(at), id);
    }

    @Override
    public void recordSubmission(String id, Instant at, String appreciation) {
        jdbc.update("UPDATE tutor_link SET submitted_at = ?, appreciation = ? WHERE id = ?", ts(at), appreciation, id);
    }

    private static TutorLink link(ResultSet rs, int i) throws SQLException {
        return new TutorLink(rs.getString(1), Uai.of(rs.getString(2)), StudentId.of(rs.getString(3)), PeriodCode.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9),
                instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)), rs.getString(12));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
