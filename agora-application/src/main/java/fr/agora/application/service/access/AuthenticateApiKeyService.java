package fr.agora.application.service.access;

import static fr.agora.application.service.access.ApiKeyTokens.PREFIX;
import static fr.agora.application.service.access.ApiKeyTokens.TOKEN;

import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey;
import fr.agora.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Resolves a bearer credential (an API key, see {@link ApiKeyTokens}, or an access token signed for it) to its caller.
 * The comparison is constant-time, and an unknown key id is hashed against a dummy so that it costs the same.
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("^agt_([0-9a-f]{16})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})$");
    private static final String DUMMY_HASH = Sha256.hex("no-such-key");

    private final ApiKeyPort keys;
    private final Clock clock;
    private final byte[] signingKey;
    private final Duration accessTokenLifetime;

    /** Access tokens are signed with a random key of this process: they die with it (clients simply ask again). */
    public AuthenticateApiKeyService(ApiKeyPort keys, Clock clock) {
        this(keys, clock, null, Duration.ofMinutes(15));
    }

    /** {@code signingKey} null ⇒ 32 random bytes. */
    public AuthenticateApiKeyService(ApiKeyPort keys, Clock clock, byte[] signingKey, Duration accessTokenLifetime) {
        this.keys = keys;
        this.clock = clock;
        if (signingKey == null) {
            signingKey = new byte[32];
            new SecureRandom().nextBytes(signingKey);
        }
        this.signingKey = signingKey.clone();
        this.accessTokenLifetime = accessTokenLifetime;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null) return Optional.empty();
        Matcher access = ACCESS_TOKEN.matcher(token.trim());
        if (access.matches()) return authenticateAccessToken(access.group(1), access.group(2), access.group(3));
        Matcher m = TOKEN.matcher(token.trim());
        if (!m.matches()) return Optional.empty();
        Optional<StoredApiKey> stored = keys.findApiKey(m.group(1));
        boolean same = ApiKeyTokens.sameHash(stored.map(StoredApiKey::secretHash).orElse(DUMMY_HASH), m.group(2));
        if (!same || stored.isEmpty() || stored.get().revoked()) return Optional.empty();
        StoredApiKey k = stored.get();
        return Optional.of(new Caller(k.uai(), Caller.Role.valueOf(k.role()), k.subject()));
    }

    @Override
    public Optional<AccessToken> exchange(String apiKey) {
        if (apiKey == null || !TOKEN.matcher(apiKey.trim()).matches() || authenticate(apiKey).isEmpty()) return Optional.empty();
        String keyId = apiKey.trim().substring(PREFIX.length(), PREFIX.length() + 16);
        long expiry = clock.instant().plus(accessTokenLifetime).getEpochSecond();
        return Optional.of(new AccessToken("agt_" + keyId + "." + expiry + "." + sign(keyId + "." + expiry), accessTokenLifetime.toSeconds()));
    }

    private Optional<Caller> authenticateAccessToken(String keyId, String expiry, String signature) {
        boolean signed = MessageDigest.isEqual(sign(keyId + "." + expiry).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
        if (!signed || Long.parseLong(expiry) <= clock.instant().getEpochSecond()) return Optional.empty();
        // the key is read again, so revoking it also ends its access tokens
        return keys.findApiKey(keyId).filter(k -> !k.revoked()).map(k -> new Caller(k.uai(), Caller.Role.valueOf(k.role()), k.subject()));
    }

    private String sign(String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmacSha256(signingKey, message.getBytes(StandardCharsets.UTF_8)));
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
