package fr.agora.adapter.out.persistence.badge;

import fr.agora.application.port.out.badge.SchoolKeyPort;
import fr.agora.domain.badge.SchoolSigningKey;
import fr.agora.domain.shared.Uai;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing keys in {@code badge_signing_key} ({@code V60__badges.sql}). The private key is stored encrypted
 * ({@link BadgeKeyEncryption}: a JWE under a configured key-encryption key, named in {@code private_key_kek_id},
 * {@code V73_1}); a row whose {@code private_key_kek_id} is null still holds the clear PKCS#8 of before V73_1 and is
 * encrypted by {@link #reencryptStaleKeys()} at start-up, like a row under a KEK that is no longer the current one.
 */
public class JdbcSchoolKeyStore implements SchoolKeyPort {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSchoolKeyStore.class);
    private static final String COLUMNS = "uai, key_id, algorithm, public_key, private_key, private_key_kek_id, created_at";

    private final JdbcTemplate jdbc;
    private final BadgeKeyEncryption encryption;

    public JdbcSchoolKeyStore(JdbcTemplate jdbc, BadgeKeyEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    @Override
    public Optional<SchoolSigningKey> loadKey(Uai uai) {
        return jdbc.query("SELECT " + COLUMNS + " FROM badge_signing_key WHERE uai = ?", (rs, i) -> key(rs), uai.value()).stream().findFirst();
    }

    private SchoolSigningKey key(ResultSet rs) throws SQLException {
        Uai uai = Uai.of(rs.getString(1));
        String keyId = rs.getString(2);
        return new SchoolSigningKey(uai, keyId, rs.getString(3), Base64.getDecoder().decode(rs.getString(4)),
                privateKey(uai, keyId, rs.getString(5), rs.getString(6)), rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    private byte[] privateKey(Uai uai, String keyId, String stored, String kekId) {
        return kekId == null ? Base64.getDecoder().decode(stored) : encryption.decrypt(uai, keyId, stored);
    }

    @Override
    public SchoolSigningKey saveKeyIfAbsent(SchoolSigningKey k) {
        try {
            jdbc.update("INSERT INTO badge_signing_key (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", k.uai().value(), k.keyId(), k.algorithm(),
                    Base64.getEncoder().encodeToString(k.publicKey()), encryption.encrypt(k.uai(), k.keyId(), k.privateKey()),
                    encryption.currentKekId(), OffsetDateTime.ofInstant(k.createdAt(), ZoneOffset.UTC));
            return k;
        } catch (DuplicateKeyException raced) {
            return loadKey(k.uai()).orElseThrow(() -> raced);
        }
    }

    /**
     * Encrypts with the current KEK every key stored in clear (before V73_1) or under another KEK (rotation); answers how
     * many moved. Each row is updated only if it is still as read, so instances starting together do not clash. A key
     * under a KEK that is no longer configured stops the start: signing with that school's key would fail anyway.
     */
    public int reencryptStaleKeys() {
        String current = encryption.currentKekId();
        List<StoredKey> stale = jdbc.query("SELECT uai, key_id, private_key, private_key_kek_id FROM badge_signing_key "
                        + "WHERE private_key_kek_id IS NULL OR private_key_kek_id <> ?",
                (rs, i) -> new StoredKey(Uai.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)), current);
        int moved = 0;
        for (StoredKey k : stale) {
            String encrypted = encryption.encrypt(k.uai(), k.keyId(), privateKey(k.uai(), k.keyId(), k.privateKey(), k.kekId()));
            moved += k.kekId() == null
                    ? jdbc.update("UPDATE badge_signing_key SET private_key = ?, private_key_kek_id = ? WHERE uai = ? AND key_id = ? "
                    + "AND private_key_kek_id IS NULL", encrypted, current, k.uai().value(), k.keyId())
                    : jdbc.update("UPDATE badge_signing_key SET private_key = ?, private_key_kek_id = ? WHERE uai = ? AND key_id = ? "
                    + "AND private_key_kek_id = ?", encrypted, current, k.uai().value(), k.keyId(), k.kekId());
        }
        if (moved > 0) {
            LOG.info("Re-encrypted {} badge signing key(s) with the key-encryption key '{}'", moved, current);
        }
        return moved;
    }

    /** A row as stored: {@code kekId} null when {@code privateKey} is the clear base64 of before V73_1. */
    private record StoredKey(Uai uai, String keyId, String privateKey, String kekId) {
    }
}
