package fr.agora.adapter.out.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signed JWT access tokens: claims, rotation by kid, and every way a token must be refused. */
class JwtAccessTokensTest {

    static final byte[] K1 = "k1-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] K2 = "k2-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");

    @Test
    void a_token_carries_its_key_id_and_verifies_until_it_expires() throws Exception {
        JwtAccessTokens tokens = new JwtAccessTokens("2026-12", Map.of("2026-12", K1));
        String token = tokens.issue("3f2a9c0d4b5e6f71", NOW.plusSeconds(900));
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("2026-12");
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("3f2a9c0d4b5e6f71");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("agora");
        assertThat(tokens.verify(token, NOW)).hasValue("3f2a9c0d4b5e6f71");
        assertThat(tokens.verify(token, NOW.plusSeconds(899))).isPresent();
        assertThat(tokens.verify(token, NOW.plusSeconds(900))).isEmpty();
    }

    @Test
    void another_instance_with_the_same_keys_accepts_it() {
        String token = new JwtAccessTokens("a", Map.of("a", K1)).issue("k", NOW.plusSeconds(60));
        assertThat(new JwtAccessTokens("a", Map.of("a", K1.clone())).verify(token, NOW)).hasValue("k");
    }

    @Test
    void rotation_keeps_old_tokens_valid_while_their_key_is_listed() {
        String old = new JwtAccessTokens("a", Map.of("a", K1)).issue("k", NOW.plusSeconds(60));
        JwtAccessTokens rotated = new JwtAccessTokens("b", Map.of("a", K1, "b", K2));
        assertThat(rotated.verify(old, NOW)).hasValue("k");
        String fresh = rotated.issue("k", NOW.plusSeconds(60));
        assertThat(fresh).isNotEqualTo(old);
        JwtAccessTokens retired = new JwtAccessTokens("b", Map.of("b", K2));
        assertThat(retired.verify(old, NOW)).as("old key dropped").isEmpty();
        assertThat(retired.verify(fresh, NOW)).hasValue("k");
    }

    @Test
    void forged_tampered_or_unsigned_tokens_are_refused() {
        JwtAccessTokens tokens = new JwtAccessTokens("a", Map.of("a", K1));
        String token = tokens.issue("k", NOW.plusSeconds(60));
        String[] parts = token.split("\\.");
        String otherSubject = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"k\"", "\"x\"")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(parts[0] + "." + otherSubject + "." + parts[2], NOW)).isEmpty();
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"kid\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(none + "." + parts[1] + ".", NOW)).isEmpty();
        assertThat(new JwtAccessTokens("a", Map.of("a", K2)).verify(token, NOW)).as("same kid, other secret").isEmpty();
        assertThat(tokens.verify("agk_not.a.jwt", NOW)).isEmpty();
        assertThat(tokens.verify("", NOW)).isEmpty();
    }

    @Test
    void short_keys_and_an_unlisted_signing_key_are_refused_at_start() {
        assertThatThrownBy(() -> new JwtAccessTokens("a", Map.of("a", new byte[16]))).hasMessageContaining("256 bits");
        assertThatThrownBy(() -> new JwtAccessTokens("b", Map.of("a", K1))).hasMessageContaining("not among");
    }
}
