package fr.agora.adapter.out.persistence.badge;

import fr.agora.application.port.out.badge.BadgeStorePort;
import fr.agora.domain.badge.IssuedBadge;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.shared.Uai;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issued badges in {@code badge_issued} ({@code V60__badges.sql}). */
public class JdbcBadgeStore implements BadgeStorePort {

    private static final String COLUMNS = "id, uai, student_id, referentiel_id, competency_code, case_item_id, status_index, "
            + "issued_at, issued_by, revoked_at";

    private final JdbcTemplate jdbc;

    public JdbcBadgeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int nextStatusIndex(Uai uai) {
        // Two concurrent issues may read the same maximum: the unique (uai, status_index) refuses the second insert.
        Integer max = jdbc.queryForObject("SELECT MAX(status_index) FROM badge_issued WHERE uai = ?", Integer.class, uai.value());
        return max == null ? 0 : max + 1;
    }

    @Override
    public void saveBadge(IssuedBadge b) {
        jdbc.update("INSERT INTO badge_issued (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", b.id().toString(),
                b.uai().value(), b.studentId(), b.referentielId(), b.competencyCode(), b.caseItemId().toString(), b.statusIndex(),
                utc(b.issuedAt()), b.issuedBy(), b.revokedAt() == null ? null : utc(b.revokedAt()));
    }

    @Override
    public Optional<IssuedBadge> loadBadge(Uai uai, UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM badge_issued WHERE uai = ? AND id = ?", JdbcBadgeStore::badge,
                uai.value(), id.toString()).stream().findFirst();
    }

    @Override
    public IssuedBadge markRevoked(Uai uai, UUID id, Instant when) {
        jdbc.update("UPDATE badge_issued SET revoked_at = ? WHERE uai = ? AND id = ? AND revoked_at IS NULL", utc(when),
                uai.value(), id.toString());
        return loadBadge(uai, id).orElseThrow(() -> new NotFoundException("badge-not-found", "badge", id.toString()));
    }

    @Override
    public List<Integer> revokedStatusIndexes(Uai uai) {
        return jdbc.queryForList("SELECT status_index FROM badge_issued WHERE uai = ? AND revoked_at IS NOT NULL",
                Integer.class, uai.value());
    }

    private static IssuedBadge badge(ResultSet rs, int row) throws SQLException {
        OffsetDateTime revoked = rs.getObject(10, OffsetDateTime.class);
        return new IssuedBadge(UUID.fromString(rs.getString(1)), Uai.of(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), UUID.fromString(rs.getString(6)), rs.getInt(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
                rs.getString(9), revoked == null ? null : revoked.toInstant());
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
