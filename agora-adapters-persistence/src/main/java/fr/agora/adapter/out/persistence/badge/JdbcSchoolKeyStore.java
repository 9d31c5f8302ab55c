package fr.agora.adapter.out.persistence.badge;

import fr.agora.application.port.out.badge.SchoolKeyPort;
import fr.agora.domain.badge.SchoolSigningKey;
import fr.agora.domain.shared.Uai;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing keys in {@code badge_signing_key} ({@code V60__badges.sql}). The private key is stored as it is: protecting
 * it at rest (a KMS, database encryption) is the deployment's job and is written down in {@code docs/badges.md}.
 */
public class JdbcSchoolKeyStore implements SchoolKeyPort {

    private final JdbcTemplate jdbc;

    public JdbcSchoolKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SchoolSigningKey> loadKey(Uai uai) {
        return jdbc.query("SELECT uai, key_id, algorithm, public_key, private_key, created_at FROM badge_signing_key WHERE uai = ?",
                (rs, i) -> new SchoolSigningKey(Uai.of(rs.getString(1)), rs.getString(2), rs.getString(3),
                        Base64.getDecoder().decode(rs.getString(4)), Base64.getDecoder().decode(rs.getString(5)),
                        rs.getObject(6, OffsetDateTime.class).toInstant()), uai.value()).stream().findFirst();
    }

    @Override
    public SchoolSigningKey saveKeyIfAbsent(SchoolSigningKey k) {
        try {
            jdbc.update("INSERT INTO badge_signing_key (uai, key_id, algorithm, public_key, private_key, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", k.uai().value(), k.keyId(), k.algorithm(),
                    Base64.getEncoder().encodeToString(k.publicKey()), Base64.getEncoder().encodeToString(k.privateKey()),
                    OffsetDateTime.ofInstant(k.createdAt(), ZoneOffset.UTC));
            return k;
        } catch (DuplicateKeyException raced) {
            return loadKey(k.uai()).orElseThrow(() -> raced);
        }
    }
}
