package fr.agora.adapter.in.rest.http;

import fr.agora.domain.shared.InvalidInputException;

/**
 * The {@code Idempotency-Key} request header (draft-ietf-httpapi-idempotency-key-header §2.1: a Structured Field
 * String, {@code "8e03978e-…"}). The quoted form and the bare value that most clients send name the same key; a
 * quoted value holding a quote or a backslash (an escape) is refused rather than guessed at. The key's own format
 * (1–100 printable ASCII characters) is checked by the use case, with the field {@code Idempotency-Key}.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on an answer replayed from a key's first request. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private IdempotencyKeys() {
    }

    /** The key a header value names; {@code null} stays {@code null} (the operation decides whether a key is required). */
    public static String key(String header) {
        if (header == null) return null;
        String v = header.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            String inner = v.substring(1, v.length() - 1);
            if (inner.indexOf('"') >= 0 || inner.indexOf('\\') >= 0) {
                throw new InvalidInputException("idempotencyKey", "the Idempotency-Key string must not contain quotes or backslashes");
            }
            return inner;
        }
        return v;
    }
}
