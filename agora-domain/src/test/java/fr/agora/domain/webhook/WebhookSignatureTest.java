package fr.agora.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /**
     * The example of the Standard Webhooks specification (github.com/standard-webhooks/standard-webhooks, spec
     * "Signature scheme", also the reference libraries' tests); recomputed independently with Python's hmac module:
     * base64(HMAC-SHA256(b64decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}")).
     */
    @Test
    void the_specifications_example_signs_to_its_published_value() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String sig = WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        assertThat(sig).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSignature.verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}", "v1,bogus " + sig)).isTrue();
        assertThat(WebhookSignature.verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265331, "{\"test\": 2432232314}", sig)).isFalse();
        assertThat(WebhookSignature.verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232315}", sig)).isFalse();
    }

    @Test
    void new_secrets_are_whsec_and_32_random_bytes() {
        String a = WebhookSignature.newSecret();
        assertThat(a).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(a.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(a);
        assertThatThrownBy(() -> WebhookSignature.sign("secret", "m", 1, "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> WebhookSignature.sign("whsec_***", "m", 1, "")).isInstanceOf(InvalidInputException.class);
    }
}
