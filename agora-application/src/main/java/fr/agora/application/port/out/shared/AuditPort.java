package fr.agora.application.port.out.shared;

import fr.agora.domain.shared.Uai;
import java.time.Instant;

/** Writes audit records. A record never holds personal data: an action, a school, an actor role, a count. */
public interface AuditPort {

    record AuditRecord(Uai uai, String action, String actorRole, int count, Instant at) {
    }

    void audit(AuditRecord record);
}
