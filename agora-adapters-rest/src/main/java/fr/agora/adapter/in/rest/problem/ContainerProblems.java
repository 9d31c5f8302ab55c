package fr.agora.adapter.in.rest.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem+json bodies of errors raised outside Spring MVC's handlers: by Tomcat before the request reaches the
 * application (bad URI, bad {@code Host}, over-long headers, bad {@code Content-Length}), by the servlet container,
 * or by a filter. One table from status to {@code type}/{@code title}/{@code detail}, shared by
 * {@link ProblemJsonErrorReportValve} and {@link ProblemErrorController}, so the answer is the same wherever the error
 * was raised. The detail is generic on purpose: nothing of the container's message (versions, class names) leaks.
 */
public final class ContainerProblems {

    /** Jackson, not hand-written JSON; no Spring here because the valve runs before (or without) the application. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContainerProblems() {
    }

    public static Map<String, Object> forStatus(int status) {
        Kind k = kindOf(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemTypes.PREFIX + k.slug());
        body.put("title", k.title());
        body.put("status", status);
        body.put("detail", k.detail());
        return body;
    }

    public static Map<String, Object> of(int status, String slug, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemTypes.PREFIX + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    public static String toJson(Map<String, Object> body) {
        return JSON.writeValueAsString(body);
    }

    private record Kind(String slug, String title, String detail) {
    }

    private static Kind kindOf(int status) {
        return switch (status) {
            case 400 -> new Kind("malformed-request", "Malformed request",
                    "The request is not valid HTTP or its URI, headers or body framing were refused.");
            case 401 -> new Kind("unauthenticated", "Unauthenticated", "This endpoint needs credentials.");
            case 403 -> new Kind("forbidden", "Forbidden", "This request is not allowed.");
            case 404 -> new Kind("not-found", "Not found", "No such resource.");
            case 405 -> new Kind("method-not-allowed", "Method not allowed", "This method is not supported here.");
            case 408 -> new Kind("request-timeout", "Request timeout", "The request was not received in time.");
            case 411 -> new Kind("length-required", "Length required", "Send a Content-Length or a chunked body.");
            case 413 -> new Kind("payload-too-large", "Payload too large", "The request body is larger than this endpoint accepts.");
            case 414 -> new Kind("uri-too-long", "URI too long", "The request URI is longer than the server accepts.");
            case 415 -> new Kind("unsupported-media-type", "Unsupported media type", "Send application/json.");
            case 431 -> new Kind("headers-too-large", "Request header fields too large",
                    "The request headers are larger than the server accepts.");
            case 501 -> new Kind("not-implemented", "Not implemented", "This method is not implemented.");
            case 503 -> new Kind("service-unavailable", "Service unavailable", "The service is temporarily unavailable; retry later.");
            default -> status >= 500
                    ? new Kind("internal-error", "Internal error", "An unexpected error occurred; it has been logged.")
                    : new Kind("http-" + status, "HTTP error " + status, "The request was refused.");
        };
    }
}
