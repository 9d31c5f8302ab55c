package fr.agora.adapter.out.persistence.access;

import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.domain.shared.Uai;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** API keys in {@code access_api_key} ({@code V10_1__api_keys.sql, renamed by V16__access_api_key.sql}): the secret's hash only, never the secret. */
public class JdbcApiKeyStore implements ApiKeyPort {

    private final JdbcTemplate jdbc;

    public JdbcApiKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveApiKey(StoredApiKey k) {
        jdbc.update("INSERT INTO access_api_key (key_id, uai, role, subject, secret_hash, label, created_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                k.keyId(), k.uai().value(), k.role(), k.subject(), k.secretHash(), k.label(),
                OffsetDateTime.ofInstant(k.createdAt(), ZoneOffset.UTC), k.revoked());
    }

    @Override
    public boolean revokeApiKey(Uai uai, String keyId) {
        return jdbc.update("UPDATE access_api_key SET revoked = TRUE WHERE uai = ? AND key_id = ?", uai.value(), keyId) == 1;
    }

    @Override
    public Optional<StoredApiKey> findApiKey(String keyId) {
        return jdbc.query("SELECT key_id, uai, role, subject, secret_hash, label, created_at, revoked FROM access_api_key WHERE key_id = ?",
                (rs, i) -> new StoredApiKey(rs.getString(1), Uai.of(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getBoolean(8)), keyId).stream().findFirst();
    }

}
