package fr.agora.application.service.access;

import fr.agora.application.port.in.access.IssueApiKeyUseCase.IssuedKey;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey;
import fr.agora.domain.shared.Sha256;
import fr.agora.domain.shared.Uai;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How every API key is made and stored, shared by the use cases that issue one (a school admin's, the start-up
 * bootstrap's, the platform operator's creating a school): a random 8-byte key id and 32-byte secret, of which only
 * the SHA-256 is stored (see {@link ApiKeyTokens}); the full token is returned once.
 */
public final class NewApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private NewApiKeys() {
    }

    /** Stores a new random key (subject already checked) and returns its token, to be shown once. */
    public static IssuedKey storeRandom(ApiKeyPort keys, Clock clock, Uai uai, Caller.Role role, String subject, String label) {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return store(keys, clock, uai, role, subject, label, HexFormat.of().formatHex(id),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    static IssuedKey store(ApiKeyPort keys, Clock clock, Uai uai, Caller.Role role, String subject, String label, String keyId,
                           String secret) {
        keys.saveApiKey(new StoredApiKey(keyId, uai, role.name(), subject, Sha256.hex(secret), label, clock.instant(), false));
        return new IssuedKey(keyId, uai, role, subject, ApiKeyTokens.PREFIX + keyId + "." + secret);
    }
}
