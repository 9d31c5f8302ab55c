package fr.agora.adapter.in.rest.access;

import java.util.HashMap;
import java.util.Map;

/**
 * A minimum strength for secrets an operator chooses (the bootstrap admin key): long enough, from the base64url
 * alphabet, and not guessable by its shape. Length alone lets {@code aaaa…a} (32 × 'a') through; the estimate here is
 * the string's empirical Shannon entropy (bits per character × length), which is 0 for one repeated character and about
 * 5.2 × length for a random base64url string. {@value #MIN_BITS} bits and {@value #MIN_DISTINCT} distinct characters
 * are required.
 */
public final class SecretStrength {

    static final int MIN_LENGTH = 32;
    static final int MIN_DISTINCT = 12;
    static final double MIN_BITS = 128;

    private SecretStrength() {
    }

    /** Why the secret is too weak, or null when it is strong enough. */
    public static String weakness(String secret) {
        if (secret == null || secret.length() < MIN_LENGTH) {
            return "the secret must hold at least " + MIN_LENGTH + " characters";
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : secret.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
                return "the secret must use the base64url alphabet (A–Z, a–z, 0–9, '-', '_')";
            }
            counts.merge(c, 1, Integer::sum);
        }
        if (counts.size() < MIN_DISTINCT) {
            return "the secret repeats too few characters (" + counts.size() + " distinct, at least " + MIN_DISTINCT + ")";
        }
        double bitsPerChar = 0;
        for (int n : counts.values()) {
            double p = (double) n / secret.length();
            bitsPerChar -= p * Math.log(p) / Math.log(2);
        }
        double bits = bitsPerChar * secret.length();
        return bits < MIN_BITS ? "the secret is too predictable (" + Math.round(bits) + " bits estimated, at least "
                + Math.round(MIN_BITS) + "); generate it, e.g. openssl rand -base64 32 | tr '+/' '-_' | tr -d '='" : null;
    }
}
