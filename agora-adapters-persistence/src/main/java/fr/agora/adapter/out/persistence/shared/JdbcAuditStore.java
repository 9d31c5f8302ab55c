package fr.agora.adapter.out.persistence.shared;

import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.domain.shared.Uai;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit records ({@code eval_audit}): an action, a school, a role, a count — never personal data.
 */
public class JdbcAuditStore implements AuditPort {

    private final JdbcTemplate jdbc;

    public JdbcAuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
