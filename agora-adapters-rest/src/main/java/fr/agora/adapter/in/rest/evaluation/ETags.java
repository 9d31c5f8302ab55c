package fr.agora.adapter.in.rest.evaluation;

import fr.agora.domain.shared.InvalidInputException;

/** Reads the version a client sends back in {@code If-Match} (a strong ETag such as {@code "3"}). */
final class ETags {

    private ETags() {
    }

    /** null or absent ⇒ null (no precondition); otherwise the version, or 400 naming {@code If-Match}. */
    static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) return null;
        String v = ifMatch.trim();
        if (v.startsWith("W/")) v = v.substring(2);
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must be the ETag you read, e.g. \"3\"");
        }
    }
}
