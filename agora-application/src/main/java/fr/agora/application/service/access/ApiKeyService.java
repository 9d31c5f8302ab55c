package fr.agora.application.service.access;

import fr.agora.domain.shared.Sha256;
import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.SaveEstablishmentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashed API keys. A key is {@code agk_<keyId>.<secret>}: the key id (16 hex characters) is the public look-up
 * handle, the secret (32 random bytes, base64url) is stored only as its SHA-256. A slow hash (PBKDF2, bcrypt) protects
 * guessable passwords; a 256-bit random secret cannot be guessed, so one SHA-256 is enough and keeps every request
 * cheap. The comparison is constant-time, and an unknown key id is hashed against a dummy so that it costs the same.
 */
public final class ApiKeyService implements AuthenticateApiKeyUseCase, IssueApiKeyUseCase {

    public static final String PREFIX = "agk_";
    private static final Pattern TOKEN = Pattern.compile("^agk_([0-9a-f]{16})\\.([A-Za-z0-9_-]{32,128})$");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("^agt_([0-9a-f]{16})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String DUMMY_HASH = Sha256.hex("no-such-key");

    private final ApiKeyPort keys;
    private final LoadEstablishmentPort loadEstablishment;
    private final SaveEstablishmentPort saveEstablishment;
    private final TransactionPort tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final byte[] signingKey;
    private final Duration accessTokenLifetime;

    /** Access tokens are signed with a random key of this process: they die with it (clients simply ask again). */
    public ApiKeyService(ApiKeyPort keys, LoadEstablishmentPort loadEstablishment, SaveEstablishmentPort saveEstablishment,
                         TransactionPort tx, Clock clock) {
        this(keys, loadEstablishment, saveEstablishment, tx, clock, null, Duration.ofMinutes(15));
    }

    /** {@code signingKey} null ⇒ 32 random bytes. */
    public ApiKeyService(ApiKeyPort keys, LoadEstablishmentPort loadEstablishment, SaveEstablishmentPort saveEstablishment,
                         TransactionPort tx, Clock clock, byte[] signingKey, Duration accessTokenLifetime) {
        this.keys = keys;
        this.loadEstablishment = loadEstablishment;
        this.saveEstablishment = saveEstablishment;
        this.tx = tx;
        this.clock = clock;
        if (signingKey == null) {
            signingKey = new byte[32];
            random.nextBytes(signingKey);
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
        String expected = stored.map(StoredApiKey::secretHash).orElse(DUMMY_HASH);
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                Sha256.hex(m.group(2)).getBytes(StandardCharsets.US_ASCII));
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

    @Override
    public IssuedKey issue(Command c) {
        if (c.caller().role() != Caller.Role.SCHOOL_ADMIN) {
            throw new ForbiddenException("role-not-allowed", "role", "only a school admin issues API keys");
        }
        return tx.inTransaction(() -> store(c.caller().uai(), c.role(), c.subject(), c.label(), null));
    }

    @Override
    public void revoke(Caller caller, String keyId) {
        if (caller.role() != Caller.Role.SCHOOL_ADMIN) {
            throw new ForbiddenException("role-not-allowed", "role", "only a school admin revokes API keys");
        }
        boolean done = keyId != null && tx.inTransaction(() -> keys.revokeApiKey(caller.uai(), keyId.trim()));
        if (!done) throw new NotFoundException("api-key-not-found", "API key", String.valueOf(keyId));
    }

    @Override
    public IssuedKey registerSchool(RegisterCommand c) {
        return tx.inTransaction(() -> {
            if (loadEstablishment.loadEstablishment(c.uai()).isEmpty()) {
                saveEstablishment.saveEstablishment(new Establishment(c.uai(), c.schoolName().trim(), null));
            }
            return store(c.uai(), c.role(), c.subject(), "bootstrap", c.presetToken());
        });
    }

    private IssuedKey store(fr.agora.domain.shared.Uai uai, Caller.Role role, String subject, String label, String preset) {
        String s = subject.trim();
        if (role == Caller.Role.TUTOR) {
            if (!EMAIL.matcher(s).matches()) throw new InvalidInputException("subject", "a tutor key names the tutor's e-mail address");
            s = s.toLowerCase(Locale.ROOT);
        }
        if (s.length() > 200) throw new InvalidInputException("subject", "subject is longer than 200 characters");
        String keyId;
        String secret;
        if (preset != null && !preset.isBlank()) {
            Matcher m = TOKEN.matcher(preset.trim());
            if (!m.matches()) {
                throw new InvalidInputException("token", "a preset key must read agk_<16 hex>.<at least 32 base64url characters>");
            }
            keyId = m.group(1);
            secret = m.group(2);
            Optional<StoredApiKey> existing = keys.findApiKey(keyId);
            if (existing.isPresent()) {
                // a restart with the same configured key: keep it (idempotent), but never rebind it elsewhere
                if (!existing.get().uai().equals(uai) || !MessageDigest.isEqual(existing.get().secretHash().getBytes(StandardCharsets.US_ASCII),
                        Sha256.hex(secret).getBytes(StandardCharsets.US_ASCII))) {
                    throw new InvalidInputException("token", "this key id is already in use");
                }
                return new IssuedKey(keyId, uai, Caller.Role.valueOf(existing.get().role()), existing.get().subject(), preset.trim());
            }
        } else {
            byte[] id = new byte[8];
            byte[] sec = new byte[32];
            random.nextBytes(id);
            random.nextBytes(sec);
            keyId = HexFormat.of().formatHex(id);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(sec);
        }
        keys.saveApiKey(new StoredApiKey(keyId, uai, role.name(), s, Sha256.hex(secret), label, clock.instant(), false));
        return new IssuedKey(keyId, uai, role, s, PREFIX + keyId + "." + secret);
    }
}
