package fr.agora.adapter.in.rest.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One example problem per status, as the API answers it (same {@code type} slugs as {@code ProblemDetailsAdvice} and
 * the authentication filter), so that the document's 404 example says 404 and a generated client's tests can use it.
 * The 400 and 404 examples name what the operation takes (its first body field or parameter, its last path variable):
 * an erasure's 400 never speaks of an invoice line.
 */
final class ProblemExamples {

    private record Example(String slug, String title, String detail, String field) {
    }

    private static final Map<String, Example> BY_STATUS = Map.ofEntries(
            Map.entry("400", new Example("validation", "Invalid request", "A field or parameter is invalid; `field` names it", null)),
            Map.entry("401", new Example("unauthenticated", "Unauthenticated", "A bearer credential is required", null)),
            Map.entry("403", new Example("role-not-allowed", "Role not allowed", "This credential's role may not do this", "role")),
            Map.entry("404", new Example("not-found", "Not found", "Nothing has this identifier", null)),
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
            Map.entry("503", new Example("service-unavailable", "Service unavailable", "The database is unavailable; retry in a few seconds.", null)));

    private ProblemExamples() {
    }

    /**
     * The example of {@code status}; a 400 names {@code field} (the operation's first input, null if it has none), a
     * 404 the {@code pathVariable} nothing was found for.
     */
    static Map<String, Object> of(String status, String field, String pathVariable) {
        Example e = BY_STATUS.getOrDefault(status, new Example(status.startsWith("5") ? "internal-error" : "client-error",
                status.startsWith("5") ? "Server error" : "Client error", "See the title", null));
        if ("400".equals(status) && field != null) {
            e = new Example(e.slug(), e.title(), "'" + field + "' is invalid", field);
        } else if ("404".equals(status) && pathVariable != null) {
            e = new Example(e.slug(), e.title(), "Nothing is known by this " + pathVariable, null);
        }
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

    /**
     * What a 400 of this operation most plausibly names: the first required (else first) property of its JSON body,
     * else its first parameter; null when it takes neither.
     */
    @SuppressWarnings("rawtypes")
    static String firstInput(io.swagger.v3.oas.models.OpenAPI api, io.swagger.v3.oas.models.Operation op) {
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            io.swagger.v3.oas.models.media.MediaType json = op.getRequestBody().getContent().get("application/json");
            io.swagger.v3.oas.models.media.Schema schema = json == null ? null : json.getSchema();
            if (schema != null && schema.get$ref() != null && api.getComponents() != null && api.getComponents().getSchemas() != null) {
                schema = api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            }
            if (schema != null && schema.getRequired() != null && !schema.getRequired().isEmpty()) {
                return (String) schema.getRequired().get(0);
            }
            if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                return (String) schema.getProperties().keySet().iterator().next();
            }
        }
        if (op.getParameters() == null) {
            return null;
        }
        // a query parameter (the page components are query parameters) before a path variable
        for (io.swagger.v3.oas.models.parameters.Parameter p : op.getParameters()) {
            if (p.get$ref() != null) {
                return p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1);
            }
            if ("query".equals(p.getIn())) {
                return p.getName();
            }
        }
        return op.getParameters().stream().map(io.swagger.v3.oas.models.parameters.Parameter::getName)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
