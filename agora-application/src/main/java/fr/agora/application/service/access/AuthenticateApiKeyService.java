package fr.agora.application.service.access;

import static fr.agora.application.service.access.ApiKeyTokens.PREFIX;
import static fr.agora.application.service.access.ApiKeyTokens.TOKEN;

import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.access.AccessTokenPort;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey;
import fr.agora.domain.establishment.EstablishmentDisabledException;
import fr.agora.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Resolves a bearer credential (an API key, see {@link ApiKeyTokens}, or an access token signed for it) to its caller.
 * The comparison is constant-time, and an unknown key id is hashed against a dummy so that it costs the same.
 * Access tokens are signed and verified by an {@link AccessTokenPort} (the server's: JWTs with configured keys, valid
 * across instances and restarts); the key is read again at each use, so revoking it ends its tokens at once.
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("^agt_([0-9a-f]{16})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})$");
    private static final String DUMMY_HASH = Sha256.hex("no-such-key");

    private final ApiKeyPort keys;
    private final Clock clock;
    private final AccessTokenPort tokens;
    private final Duration accessTokenLifetime;

    /** Access tokens are signed with a random key of this process: they die with it (clients simply ask again). */
    public AuthenticateApiKeyService(ApiKeyPort keys, Clock clock) {
        this(keys, clock, (byte[]) null, Duration.ofMinutes(15));
    }

    /** {@code signingKey} null ⇒ 32 random bytes: tokens of this process only ({@code agt_…}, HMAC-SHA256). */
    public AuthenticateApiKeyService(ApiKeyPort keys, Clock clock, byte[] signingKey, Duration accessTokenLifetime) {
        this(keys, clock, new ProcessAccessTokens(signingKey), accessTokenLifetime);
    }

    /** Access tokens signed by {@code tokens}. */
    public AuthenticateApiKeyService(ApiKeyPort keys, Clock clock, AccessTokenPort tokens, Duration accessTokenLifetime) {
        this.keys = keys;
        this.clock = clock;
        this.tokens = tokens;
        this.accessTokenLifetime = accessTokenLifetime;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null) return Optional.empty();
        if (!token.trim().startsWith(PREFIX)) return authenticateAccessToken(token.trim());
        Matcher m = TOKEN.matcher(token.trim());
        if (!m.matches()) return Optional.empty();
        Optional<StoredApiKey> stored = keys.findApiKey(m.group(1));
        boolean same = ApiKeyTokens.sameHash(stored.map(StoredApiKey::secretHash).orElse(DUMMY_HASH), m.group(2));
        if (!same || stored.isEmpty() || stored.get().revoked()) return Optional.empty();
        return Optional.of(callerOf(stored.get()));
    }

    @Override
    public Optional<AccessToken> exchange(String apiKey) {
        if (apiKey == null || !TOKEN.matcher(apiKey.trim()).matches() || authenticate(apiKey).isEmpty()) return Optional.empty();
        String keyId = apiKey.trim().substring(PREFIX.length(), PREFIX.length() + 16);
        Instant expiry = clock.instant().plus(accessTokenLifetime);
        return Optional.of(new AccessToken(tokens.issue(keyId, expiry), accessTokenLifetime.toSeconds()));
    }

    private Optional<Caller> authenticateAccessToken(String token) {
        // the key is read again at each use, so revoking it ends its access tokens at once
        return tokens.verify(token, clock.instant()).flatMap(keys::findApiKey).filter(k -> !k.revoked())
                .map(AuthenticateApiKeyService::callerOf);
    }

    /** The caller of a genuine, unrevoked key; its school's being disabled is read with the key, so it applies at once. */
    private static Caller callerOf(StoredApiKey k) {
        if (k.establishmentDisabled()) throw new EstablishmentDisabledException(k.uai());
        return Caller.ofApiKey(k.uai(), Caller.Role.valueOf(k.role()), k.subject(), k.keyId());
    }

    /** Tokens of this process only ({@code agt_<keyId>.<expiry>.<HMAC>}): for embedding without a configured signer. */
    private static final class ProcessAccessTokens implements AccessTokenPort {
        private final byte[] key;

        ProcessAccessTokens(byte[] signingKey) {
            if (signingKey == null) {
                signingKey = new byte[32];
                new SecureRandom().nextBytes(signingKey);
            }
            this.key = signingKey.clone();
        }

        @Override
        public String issue(String keyId, Instant expiresAt) {
            long expiry = expiresAt.getEpochSecond();
            return "agt_" + keyId + "." + expiry + "." + sign(keyId + "." + expiry);
        }

        @Override
        public Optional<String> verify(String token, Instant now) {
            Matcher access = ACCESS_TOKEN.matcher(token);
            if (!access.matches()) return Optional.empty();
            boolean signed = MessageDigest.isEqual(sign(access.group(1) + "." + access.group(2)).getBytes(StandardCharsets.US_ASCII),
                    access.group(3).getBytes(StandardCharsets.US_ASCII));
            return signed && Long.parseLong(access.group(2)) > now.getEpochSecond() ? Optional.of(access.group(1)) : Optional.empty();
        }

        private String sign(String message) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hmacSha256(key, message.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** HMAC-SHA256 (RFC 2104), the JDK's. */
    static byte[] hmacSha256(byte[] secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }
}
