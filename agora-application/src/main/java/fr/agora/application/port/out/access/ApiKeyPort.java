package fr.agora.application.port.out.access;

import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.Optional;

/** Stores API keys by id, with the hash of their secret only (never the secret). */
public interface ApiKeyPort {

    /**
     * @param establishmentDisabled read with the key (one query) so that a disabled school's keys and tokens are
     *                              refused at once; false when saving
     */
    record StoredApiKey(String keyId, Uai uai, String role, String subject, String secretHash, String label,
                        Instant createdAt, boolean revoked, boolean establishmentDisabled) {

        public StoredApiKey(String keyId, Uai uai, String role, String subject, String secretHash, String label,
                            Instant createdAt, boolean revoked) {
            this(keyId, uai, role, subject, secretHash, label, createdAt, revoked, false);
        }
    }

    /** Must refuse an existing key id (it is random: a clash is a bug, never overwritten). */
    void saveApiKey(StoredApiKey key);

    /** The key with whether its school is disabled. */
    Optional<StoredApiKey> findApiKey(String keyId);

    /** Marks a key of that school revoked; false when the school has no such key. */
    boolean revokeApiKey(Uai uai, String keyId);
}
