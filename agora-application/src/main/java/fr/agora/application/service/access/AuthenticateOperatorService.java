package fr.agora.application.service.access;

import fr.agora.application.port.in.access.AuthenticateOperatorUseCase;
import fr.agora.application.port.in.shared.PlatformOperator;
import fr.agora.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the platform operator by the SHA-256 of its secret (configured as 64 hex characters): the presented
 * credential is hashed and the two digests compared with {@link MessageDigest#isEqual} (constant time), so neither the
 * secret nor its prefix can be found by timing. Without a configured hash nobody is the operator.
 */
public final class AuthenticateOperatorService implements AuthenticateOperatorUseCase {

    private final byte[] expected;

    /** {@code secretSha256Hex} null or blank ⇒ no operator; otherwise exactly 64 hex characters. */
    public AuthenticateOperatorService(String secretSha256Hex) {
        if (secretSha256Hex == null || secretSha256Hex.isBlank()) {
            this.expected = null;
            return;
        }
        String hex = secretSha256Hex.strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the platform operator's key must be the SHA-256 of its secret: 64 hex characters");
        }
        this.expected = HexFormat.of().parseHex(hex);
    }

    @Override
    public Optional<PlatformOperator> authenticate(String credential) {
        if (expected == null || credential == null || credential.isEmpty()) return Optional.empty();
        byte[] presented = HexFormat.of().parseHex(Sha256.hex(credential));
        return MessageDigest.isEqual(expected, presented) ? Optional.of(PlatformOperator.CONFIGURED) : Optional.empty();
    }

    @Override
    public boolean configured() {
        return expected != null;
    }
}
