package fr.agora.domain.webhook;

import fr.agora.domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (standardwebhooks.com, spec "Signature scheme"): the secret is {@code whsec_} + the
 * base64 of random key bytes; the signed content is {@code <webhook-id>.<webhook-timestamp>.<body>}; the header
 * value is {@code v1,<base64 of HMAC-SHA256>}. HMAC is in the JDK, so this stays in the domain.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret with 32 random key bytes (the spec asks for 24 to 64). */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value for one delivery. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), messageId + "." + timestampSeconds + "." + body));
    }

    /** True when one of the space-separated {@code v1,…} signatures of {@code header} matches (constant-time compare). */
    public static boolean verify(String secret, String messageId, long timestampSeconds, String body, String header) {
        byte[] expected = sign(secret, messageId, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : header.trim().split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) return true;
        }
        return false;
    }

    static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) throw new InvalidInputException("secret", "a webhook secret starts with " + SECRET_PREFIX);
        try {
            return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("secret", "a webhook secret is whsec_ followed by base64");
        }
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }
}
