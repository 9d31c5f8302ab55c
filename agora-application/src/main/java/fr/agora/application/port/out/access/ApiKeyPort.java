package fr.agora.application.port.out.access;

import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.Optional;

/** Stores API keys by id, with the hash of their secret only (never the secret). */
public interface ApiKeyPort {

    record StoredApiKey(String keyId, Uai uai, String role, String subject, String secretHash, String label,
                        Instant createdAt, boolean revoked) {
    }

    /** Must refuse an existing key id (it is random: a clash is a bug, never overwritten). */
    void saveApiKey(StoredApiKey key);

    Optional<StoredApiKey> findApiKey(String keyId);

    /** Marks a key of that school revoked; false when the school has no such key. */
    boolean revokeApiKey(Uai uai, String keyId);
}
