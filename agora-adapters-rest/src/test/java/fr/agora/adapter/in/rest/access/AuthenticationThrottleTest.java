package fr.agora.adapter.in.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthenticationThrottleTest {

    @Test
    void a_client_is_held_back_after_its_failures_and_others_are_not() {
        AuthenticationThrottle t = new AuthenticationThrottle(3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(t.retryAfter("10.0.0.1", null)).isEmpty();
            t.failed("10.0.0.1", null, "test", "/x");
        }
        assertThat(t.retryAfter("10.0.0.1", null)).isPresent();
        assertThat(t.retryAfter("10.0.0.1", null).getAsLong()).isBetween(1L, 60L);
        assertThat(t.retryAfter("10.0.0.2", null)).isEmpty();
    }

    @Test
    void a_key_is_held_back_from_every_client_after_its_failures() {
        AuthenticationThrottle t = new AuthenticationThrottle(100, 2);
        t.failed("10.0.0.1", "abcdef0123456789", "test", "/x");
        t.failed("10.0.0.2", "abcdef0123456789", "test", "/x");
        assertThat(t.retryAfter("10.0.0.3", "abcdef0123456789")).isPresent();
        assertThat(t.retryAfter("10.0.0.3", "0000000000000000")).isEmpty();
    }

    @Test
    void the_key_id_is_the_public_half_only() {
        assertThat(AuthenticationThrottle.keyIdOf("agk_abcdef0123456789.secret")).isEqualTo("abcdef0123456789");
        assertThat(AuthenticationThrottle.keyIdOf("agt_abcdef0123456789.123.sig")).isEqualTo("abcdef0123456789");
        assertThat(AuthenticationThrottle.keyIdOf("agk_NOT-HEX.secret")).isNull();
        assertThat(AuthenticationThrottle.keyIdOf("Basic xyz")).isNull();
        assertThat(AuthenticationThrottle.keyIdOf(null)).isNull();
    }
}
