package fr.agora.adapter.out.persistence.access;

import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.access.ListApiKeysPort;
import fr.agora.domain.shared.Uai;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** API keys in {@code access_api_key} ({@code V10_1__api_keys.sql, renamed by V16__access_api_key.sql}): the secret's hash only, never the secret. */
public class JdbcApiKeyStore implements ApiKeyPort, ListApiKeysPort {

    private static final RowMapper<StoredApiKey> KEY = JdbcApiKeyStore::key;

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

    /** With its school's status in the same query (a join on the school's primary key): a disabled school is refused at once. */
    @Override
    public Optional<StoredApiKey> findApiKey(String keyId) {
        return jdbc.query("SELECT k.key_id, k.uai, k.role, k.subject, k.secret_hash, k.label, k.created_at, k.revoked, "
                + "e.disabled_at IS NOT NULL FROM access_api_key k JOIN eval_establishment e ON e.uai = k.uai WHERE k.key_id = ?", KEY, keyId)
                .stream().findFirst();
    }

    @Override
    public List<StoredApiKey> listApiKeys(Uai uai, int offset, int limit) {
        return jdbc.query("SELECT key_id, uai, role, subject, secret_hash, label, created_at, revoked, FALSE FROM access_api_key "
                + "WHERE uai = ? ORDER BY created_at DESC, key_id LIMIT ? OFFSET ?", KEY, uai.value(), limit, offset);
    }

    @Override
    public long countApiKeys(Uai uai) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM access_api_key WHERE uai = ?", Long.class, uai.value());
        return n == null ? 0 : n;
    }

    private static StoredApiKey key(ResultSet rs, int i) throws SQLException {
        return new StoredApiKey(rs.getString(1), Uai.of(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getBoolean(8), rs.getBoolean(9));
    }

}
