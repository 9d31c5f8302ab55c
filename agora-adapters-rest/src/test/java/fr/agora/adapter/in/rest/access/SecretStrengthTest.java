package fr.agora.adapter.in.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretStrengthTest {

    @Test
    void shapes_anyone_would_guess_are_refused() {
        assertThat(SecretStrength.weakness("a".repeat(32))).contains("distinct");
        assertThat(SecretStrength.weakness("ab".repeat(32))).contains("distinct");
        assertThat(SecretStrength.weakness("abcdefghijkl".repeat(3).substring(0, 32))).contains("bits"); // 12 distinct: ≈ 3.57 × 32 = 114 bits
        assertThat(SecretStrength.weakness("short-but-random-9Xq")).contains("at least 32");
        assertThat(SecretStrength.weakness("x".repeat(31) + "!")).isNotNull();
        assertThat(SecretStrength.weakness(null)).isNotNull();
    }

    @Test
    void generated_secrets_pass() {
        SecureRandom random = new SecureRandom(new byte[] {42});
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[32];
            random.nextBytes(b);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(b); // 43 characters, 256 bits
            assertThat(SecretStrength.weakness(secret)).as(secret).isNull();
        }
        assertThat(SecretStrength.weakness("bootstrap-secret-from-a-vault-0123456789")).isNull();
    }
}
