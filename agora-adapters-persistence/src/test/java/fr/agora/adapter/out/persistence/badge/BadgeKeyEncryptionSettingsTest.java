package fr.agora.adapter.out.persistence.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** Where the key-encryption keys may come from, and the refusals: production without a KEK, a KEK on the command line. */
class BadgeKeyEncryptionSettingsTest {

    static final String KEK = Base64.getEncoder().encodeToString(JdbcSchoolKeyStoreTest.bytes(7));

    @Test
    void without_a_kek_development_uses_the_published_default_and_production_does_not_start() {
        assertThat(BadgeKeyEncryptionSettings.from(new MockEnvironment()).currentKekId()).isEqualTo(BadgeKeyEncryption.DEV_KEK_ID);

        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("postgres");
        assertThatThrownBy(() -> BadgeKeyEncryptionSettings.from(production)).hasMessageStartingWith("Refusing to start");
        MockEnvironment required = new MockEnvironment().withProperty("agora.badges.key-encryption.required", "true");
        assertThatThrownBy(() -> BadgeKeyEncryptionSettings.from(required)).hasMessageStartingWith("Refusing to start");
    }

    @Test
    void configured_keys_name_the_current_one_and_the_previous_ones_stay_readable() {
        MockEnvironment env = new MockEnvironment().withProperty("agora.badges.key-encryption.keys.k2026b", KEK)
                .withProperty("agora.badges.key-encryption.keys.k2026a", Base64.getEncoder().encodeToString(JdbcSchoolKeyStoreTest.bytes(8)))
                .withProperty("agora.badges.key-encryption.current-key-id", "k2026b");
        env.setActiveProfiles("postgres");
        BadgeKeyEncryption ring = BadgeKeyEncryptionSettings.from(env);
        assertThat(ring.currentKekId()).isEqualTo("k2026b");
        assertThat(ring.kekIds()).contains("k2026a", "k2026b", BadgeKeyEncryption.DEV_KEK_ID);

        MockEnvironment single = new MockEnvironment().withProperty("agora.badges.key-encryption.keys.k1", KEK);
        assertThat(BadgeKeyEncryptionSettings.from(single).currentKekId()).isEqualTo("k1");
    }

    @Test
    void bad_configurations_are_refused_with_the_reason() {
        MockEnvironment shortKey = new MockEnvironment().withProperty("agora.badges.key-encryption.keys.k1", "c2hvcnQ=");
        assertThatThrownBy(() -> BadgeKeyEncryptionSettings.from(shortKey)).hasMessageContaining("must be 32 bytes");
        MockEnvironment twoUnnamed = new MockEnvironment().withProperty("agora.badges.key-encryption.keys.k1", KEK)
                .withProperty("agora.badges.key-encryption.keys.k2", KEK);
        assertThatThrownBy(() -> BadgeKeyEncryptionSettings.from(twoUnnamed)).hasMessageContaining("current-key-id");
        MockEnvironment unknownCurrent = new MockEnvironment().withProperty("agora.badges.key-encryption.keys.k1", KEK)
                .withProperty("agora.badges.key-encryption.current-key-id", "k9");
        assertThatThrownBy(() -> BadgeKeyEncryptionSettings.from(unknownCurrent)).hasMessageContaining("'k9' is not among");

        MockEnvironment commandLine = new MockEnvironment();
        commandLine.getPropertySources().addFirst(new MapPropertySource("systemProperties", Map.of("agora.badges.key-encryption.keys.k1", KEK)));
        assertThatThrownBy(() -> BadgeKeyEncryptionSettings.from(commandLine)).hasMessageContaining("visible to every user through ps");
    }
}
