package fr.agora.adapter.out.persistence.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.adapter.out.persistence.support.TestDatabases;
import fr.agora.domain.badge.SchoolSigningKey;
import fr.agora.domain.shared.Uai;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schools' signing keys at rest, on H2 and on a real PostgreSQL: encrypted under the configured key-encryption key
 * (the row never holds the PKCS#8 key, in base64 or otherwise), read back identical, moved to the current KEK at
 * start-up (clear V60 rows, rotation), bound to their row, and refused when their KEK is gone.
 */
class JdbcSchoolKeyStoreTest {

    static final Uai A = Uai.of("0691234A");
    static final Uai B = Uai.of("0751234B");
    static final byte[] KEK_1 = bytes(1);
    static final byte[] KEK_2 = bytes(2);

    static byte[] bytes(int seed) {
        byte[] b = new byte[32];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (seed * 31 + i);
        return b;
    }

    static SchoolSigningKey newKey(Uai uai) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        return new SchoolSigningKey(uai, uai.value() + "-k1", "RS256", pair.getPublic().getEncoded(), pair.getPrivate().getEncoded(),
                Instant.parse("2026-12-01T10:00:00Z"));
    }

    static BadgeKeyEncryption ring(String current, Map<String, byte[]> keks) {
        return new BadgeKeyEncryption(current, keks);
    }

    /** What the database holds for the school's private key: the column as stored, and its kek id. */
    static String[] stored(JdbcTemplate jdbc, Uai uai) {
        return jdbc.queryForObject("SELECT private_key, private_key_kek_id FROM badge_signing_key WHERE uai = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, uai.value());
    }

    static void assertNotInClear(String stored, byte[] pkcs8) {
        String latin1 = new String(pkcs8, StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain(Base64.getEncoder().encodeToString(pkcs8))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(pkcs8))
                .doesNotContain(HexFormat.of().formatHex(pkcs8))
                .doesNotContain(latin1.substring(26, 90)); // a run of the raw key bytes
        assertThat(stored.split("\\.")).hasSize(5); // JWE compact serialisation: header . (empty) key . iv . ciphertext . tag
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void a_private_key_is_stored_encrypted_and_read_back_identical(TestDatabases.Engine engine) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.fresh(engine));
        JdbcSchoolKeyStore store = new JdbcSchoolKeyStore(jdbc, ring("k1", Map.of("k1", KEK_1)));
        SchoolSigningKey key = newKey(A);
        store.saveKeyIfAbsent(key);

        String[] row = stored(jdbc, A);
        assertNotInClear(row[0], key.privateKey());
        assertThat(row[1]).isEqualTo("k1");
        // a restart: a new store over the same rows and configuration reads the very same key
        SchoolSigningKey read = new JdbcSchoolKeyStore(jdbc, ring("k1", Map.of("k1", KEK_1))).loadKey(A).orElseThrow();
        assertThat(read.privateKey()).isEqualTo(key.privateKey());
        assertThat(read.publicKey()).isEqualTo(key.publicKey());
        assertThat(read.keyId()).isEqualTo(key.keyId());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void keys_stored_in_clear_before_v73_1_are_encrypted_at_start_up(TestDatabases.Engine engine) throws Exception {
        DataSource ds = TestDatabases.freshAt(engine, "65"); // badge_signing_key as V60 made it: the key in clear
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        SchoolSigningKey key = newKey(A);
        jdbc.update("INSERT INTO badge_signing_key (uai, key_id, algorithm, public_key, private_key, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                A.value(), key.keyId(), "RS256", Base64.getEncoder().encodeToString(key.publicKey()),
                Base64.getEncoder().encodeToString(key.privateKey()), OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
        TestDatabases.migrate(ds);

        JdbcSchoolKeyStore store = new JdbcSchoolKeyStore(jdbc, ring("k1", Map.of("k1", KEK_1)));
        assertThat(store.loadKey(A).orElseThrow().privateKey()).isEqualTo(key.privateKey()); // readable before the start-up step
        assertThat(store.reencryptStaleKeys()).isEqualTo(1);
        assertThat(store.reencryptStaleKeys()).isZero();
        String[] row = stored(jdbc, A);
        assertNotInClear(row[0], key.privateKey());
        assertThat(row[1]).isEqualTo("k1");
        assertThat(store.loadKey(A).orElseThrow().privateKey()).isEqualTo(key.privateKey());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void rotation_moves_every_key_to_the_current_kek_and_a_key_whose_kek_is_gone_is_refused(TestDatabases.Engine engine) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.fresh(engine));
        SchoolSigningKey a = newKey(A);
        SchoolSigningKey b = newKey(B);
        new JdbcSchoolKeyStore(jdbc, BadgeKeyEncryption.developmentDefault()).saveKeyIfAbsent(a); // a first run without a KEK
        new JdbcSchoolKeyStore(jdbc, ring("k1", Map.of("k1", KEK_1))).saveKeyIfAbsent(b);
        assertThat(stored(jdbc, A)[1]).isEqualTo(BadgeKeyEncryption.DEV_KEK_ID);

        JdbcSchoolKeyStore rotated = new JdbcSchoolKeyStore(jdbc, ring("k2", Map.of("k1", KEK_1, "k2", KEK_2)));
        assertThat(rotated.reencryptStaleKeys()).isEqualTo(2);
        assertThat(stored(jdbc, A)[1]).isEqualTo("k2");
        assertThat(stored(jdbc, B)[1]).isEqualTo("k2");

        // k1 retired: everything still reads with k2 alone
        JdbcSchoolKeyStore onlyK2 = new JdbcSchoolKeyStore(jdbc, ring("k2", Map.of("k2", KEK_2)));
        assertThat(onlyK2.loadKey(A).orElseThrow().privateKey()).isEqualTo(a.privateKey());
        assertThat(onlyK2.loadKey(B).orElseThrow().privateKey()).isEqualTo(b.privateKey());
        // configured without k2, the start-up step stops rather than leave keys nobody can read
        JdbcSchoolKeyStore withoutK2 = new JdbcSchoolKeyStore(jdbc, ring("k1", Map.of("k1", KEK_1)));
        assertThatThrownBy(withoutK2::reencryptStaleKeys).hasMessageContaining("'k2', which is not configured");
        // a wrong key under the right name fails GCM's tag
        JdbcSchoolKeyStore forged = new JdbcSchoolKeyStore(jdbc, ring("k2", Map.of("k2", KEK_1)));
        assertThatThrownBy(() -> forged.loadKey(A)).hasMessageContaining("could not decrypt");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void a_ciphertext_copied_onto_another_schools_row_does_not_decrypt(TestDatabases.Engine engine) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.fresh(engine));
        JdbcSchoolKeyStore store = new JdbcSchoolKeyStore(jdbc, ring("k1", Map.of("k1", KEK_1)));
        store.saveKeyIfAbsent(newKey(A));
        store.saveKeyIfAbsent(newKey(B));
        jdbc.update("UPDATE badge_signing_key SET private_key = ? WHERE uai = ?", stored(jdbc, A)[0], B.value());
        assertThatThrownBy(() -> store.loadKey(B)).hasMessageContaining("encrypted for another row");
    }
}
