package fr.agora.domain.tutor;

import fr.agora.domain.shared.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/** The secret of a tutor link: 256 random bits, URL-safe; only its SHA-256 is kept. */
public final class TutorLinkTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int BYTES = 32;

    private TutorLinkTokens() {
    }

    public static String newToken() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** A token has the shape {@link #newToken} gives (43 URL-safe characters); anything else is not looked up. */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}
