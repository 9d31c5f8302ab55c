package fr.agora.adapter.in.rest.security;

import fr.agora.adapter.in.rest.problem.ContainerProblems;
import fr.agora.adapter.in.rest.problem.DatabaseUnavailable;
import fr.agora.adapter.in.rest.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request: the method must be one the API uses, and the path is checked and canonicalised
 * once ({@link RequestPaths}); every later component (authentication, body limits, the dispatcher) then sees one
 * unambiguous path. A refused request is a 400 (405 for a method) problem+json, before any other code runs.
 */
public final class RequestFirewallFilter extends OncePerRequestFilter {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            ProblemResponses.write(response, ContainerProblems.of(405, "method-not-allowed", "Method not allowed",
                    "Method " + (request.getMethod().length() <= 16 ? request.getMethod() : "?") + " is not supported"));
            return;
        }
        RequestPaths.Checked checked = RequestPaths.check(RequestPaths.rawPath(request));
        if (checked.refused()) {
            Map<String, Object> body = ContainerProblems.of(400, "rejected-path", "Rejected path",
                    "The request path was refused: " + checked.refusal() + ".");
            response.setHeader("Connection", "close");
            ProblemResponses.write(response, body);
            return;
        }
        String queryRefusal = RequestPaths.queryRefusal(request.getQueryString());
        if (queryRefusal != null) {
            ProblemResponses.write(response, ContainerProblems.of(400, "rejected-query", "Rejected query string",
                    "The query string was refused: " + queryRefusal + "."));
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !validContentType(contentType)) {
            ProblemResponses.write(response, ContainerProblems.of(415, "unsupported-media-type", "Unsupported media type",
                    "The Content-Type header is not a concrete media type; send application/json."));
            return;
        }
        request.setAttribute(RequestPaths.CANONICAL_PATH, checked.path());
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // the database away while a filter used it (authentication looks keys up): 503, as in the handlers
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            response.setHeader("Retry-After", Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            ProblemResponses.write(response, ContainerProblems.of(503, "service-unavailable", "Service unavailable",
                    "The database is unavailable; retry in a few seconds."));
        }
    }

    private static boolean validContentType(String value) {
        try {
            MediaType type = MediaType.parseMediaType(value);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
