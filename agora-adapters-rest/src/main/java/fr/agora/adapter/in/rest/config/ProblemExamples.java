package fr.agora.adapter.in.rest.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One example problem per status, as the API answers it (same {@code type} slugs as {@code ProblemDetailsAdvice} and
 * the authentication filter), so that the document's 404 example says 404 and a generated client's tests can use it.
 */
final class ProblemExamples {

    private record Example(String slug, String title, String detail, String field) {
    }

    private static final Map<String, Example> BY_STATUS = Map.ofEntries(
            Map.entry("400", new Example("validation", "Invalid request", "'lines[2].unitPrice' must be greater than or equal to 0",
                    "lines[2].unitPrice")),
            Map.entry("401", new Example("unauthenticated", "Unauthenticated", "A bearer credential is required", null)),
            Map.entry("403", new Example("role-not-allowed", "Role not allowed", "Only a school admin issues API keys", "role")),
            Map.entry("404", new Example("not-found", "Not found", "No student 7f3c… in this school", null)),
            Map.entry("405", new Example("method-not-allowed", "Method not allowed", "Method DELETE is not supported here; allowed: [GET]", null)),
            Map.entry("406", new Example("not-acceptable", "Not acceptable", "Acceptable representations: [application/json]", null)),
            Map.entry("409", new Example("stale-version", "Stale version", "The resource changed since version 3; read it again", "If-Match")),
            Map.entry("412", new Example("precondition-failed", "Precondition failed", "If-Match does not match the current version", "If-Match")),
            Map.entry("413", new Example("payload-too-large", "Payload too large", "The request body exceeds the limit", null)),
            Map.entry("415", new Example("unsupported-media-type", "Unsupported media type",
                    "Content type text/plain is not supported; send application/json", null)),
            Map.entry("422", new Example("rule-violation", "Rule violation", "The request is well formed but a business rule refuses it", null)),
            Map.entry("428", new Example("precondition-required", "Precondition required", "Send If-Match with the version read", "If-Match")),
            Map.entry("429", new Example("too-many-requests", "Too many requests", "Retry after the delay in Retry-After", null)),
            Map.entry("500", new Example("internal-error", "Internal error", "An unexpected error occurred; it has been logged.", null)),
            Map.entry("503", new Example("unavailable", "Service unavailable", "The service is starting or overloaded; retry later", null)));

    private ProblemExamples() {
    }

    static Map<String, Object> of(String status) {
        Example e = BY_STATUS.getOrDefault(status, new Example(status.startsWith("5") ? "internal-error" : "client-error",
                status.startsWith("5") ? "Server error" : "Client error", "See the title", null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + e.slug());
        body.put("title", e.title());
        body.put("status", Integer.parseInt(status));
        body.put("detail", e.detail());
        if (e.field() != null) {
            body.put("field", e.field());
        }
        return body;
    }
}
