package fr.agora.application.service.access;

import fr.agora.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * The API key's form, shared by the two use cases that read it. A key is {@code agk_<keyId>.<secret>}: the key id
 * (16 hex characters) is the public look-up handle, the secret (32 random bytes, base64url) is stored only as its
 * SHA-256. A slow hash (PBKDF2, bcrypt) protects guessable passwords; a 256-bit random secret cannot be guessed, so one
 * SHA-256 is enough and keeps every request cheap.
 */
final class ApiKeyTokens {

    static final String PREFIX = "agk_";
    static final Pattern TOKEN = Pattern.compile("^agk_([0-9a-f]{16})\\.([A-Za-z0-9_-]{32,128})$");

    private ApiKeyTokens() {
    }

    /** Constant-time comparison of a stored hash with the hash of a presented secret. */
    static boolean sameHash(String storedHash, String secret) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                Sha256.hex(secret).getBytes(StandardCharsets.US_ASCII));
    }
}
