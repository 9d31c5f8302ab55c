package fr.agora.adapter.in.rest.http;

import fr.agora.adapter.in.rest.problem.PreconditionFailedException;
import fr.agora.domain.shared.InvalidInputException;
import org.springframework.http.ETag;

/**
 * Entity tags, the one place the REST adapter reads and writes them (RFC 9110 §8.8.3, §13.1): strong tags for cached
 * representations, {@code If-None-Match} for a 304 before building a body, {@code If-Match} carrying the row version
 * of an optimistically locked write.
 */
public final class ETags {

    private ETags() {
    }

    /** A strong tag: the value, quoted. */
    public static String strong(String value) {
        return "\"" + value + "\"";
    }

    /** Whether {@code If-None-Match} (a list of tags or {@code *}, weak comparison, parsed by Spring) names {@code etag}. */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        ETag current = ETag.create(etag);
        return ETag.parse(ifNoneMatch).stream().anyMatch(c -> c.isWildcard() || c.compare(current, false));
    }

    /**
     * The row version a client sends back in {@code If-Match} (the ETag it read, e.g. {@code "3"}): null or absent ⇒
     * null (no precondition); otherwise the version, or 400 naming {@code If-Match}.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) return null;
        String v = ifMatch.trim();
        // RFC 9110 §13.1.1: "*" matches any current representation (the write targets an existing resource, 404
        // otherwise), and If-Match compares strongly, so a weak tag never matches: 412
        if (v.equals("*")) return null;
        if (v.startsWith("W/")) {
            throw new PreconditionFailedException("If-Match", "If-Match compares entity tags strongly: a weak tag (W/…) never matches; "
                    + "send the ETag you read, e.g. \"3\"");
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must be the ETag you read, e.g. \"3\"");
        }
    }
}
