package fr.agora.application.port.in.access;

import fr.agora.application.port.in.shared.Caller;
import java.time.Instant;

/** What a school admin may read of a key: who and what it is for, when it was issued, whether it is revoked. */
public record ApiKeySummary(String keyId, Caller.Role role, String subject, String label, Instant createdAt, boolean revoked) {
}
