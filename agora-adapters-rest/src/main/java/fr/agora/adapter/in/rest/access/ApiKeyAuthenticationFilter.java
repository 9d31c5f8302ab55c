package fr.agora.adapter.in.rest.access;

import fr.agora.adapter.in.rest.security.RequestPaths;
import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Authenticates every school request ({@code /api/v1/establishments/{uai}/…}) by its API key, sent as
 * {@code Authorization: Bearer agk_<keyId>.<secret>}, and binds the resulting {@link Caller} to the request.
 * <ul>
 *   <li>no or unusable credentials → 401 with {@code WWW-Authenticate: Bearer};</li>
 *   <li>a malformed UAI → 400 naming {@code uai};</li>
 *   <li>a key of another school → 404, exactly like an unknown school, so that schools cannot be probed.</li>
 * </ul>
 * Roles are checked by the use cases (a refused role is 403). Every other path is left untouched, and so are the GETs
 * of a school's public Open Badges resources (issuer profile, JWK Set, status list).
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String CALLER_ATTRIBUTE = ApiKeyAuthenticationFilter.class.getName() + ".caller";
    static final String SCHOOL_PREFIX = "/api/v1/establishments/";
    private static final Pattern UAI = Pattern.compile("^[0-9]{7}[A-Z]$");
    /** What any verifier of a school's Open Badges must read without a key: issuer profile, JWK Set, status list. */
    private static final Pattern PUBLIC_BADGE_RESOURCES =
            Pattern.compile("^/api/v1/establishments/[^/]+/badges/(issuer|jwks\\.json|status-list)$");

    private final AuthenticateApiKeyUseCase authenticate;
    private final ObjectMapper json;
    private final AuthenticationThrottle throttle;

    public ApiKeyAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, ObjectMapper json, AuthenticationThrottle throttle) {
        this.authenticate = authenticate;
        this.json = json;
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !path.startsWith(SCHOOL_PREFIX) || ("GET".equals(request.getMethod()) && PUBLIC_BADGE_RESOURCES.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String rest = path(request).substring(SCHOOL_PREFIX.length());
        int slash = rest.indexOf('/');
        String uai = slash < 0 ? rest : rest.substring(0, slash);

        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String client = request.getRemoteAddr();
        String credential = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        String keyId = AuthenticationThrottle.keyIdOf(credential);
        OptionalLong wait = throttle.retryAfter(client, keyId);
        if (wait.isPresent()) {
            tooManyFailures(response, wait.getAsLong());
            return;
        }
        if (header == null || header.isBlank()) {
            unauthorized(response, "Bearer realm=\"agora\"", "This endpoint needs an API key: Authorization: Bearer agk_<keyId>.<secret>");
            return;
        }
        if (credential == null) {
            throttle.failed(client, null, "not a Bearer credential", path(request));
            unauthorized(response, "Bearer realm=\"agora\", error=\"invalid_request\"", "Send the API key as a Bearer token");
            return;
        }
        Optional<Caller> caller = authenticate.authenticate(credential);
        if (caller.isEmpty()) {
            throttle.failed(client, keyId, "unknown, revoked, expired or malformed credential", path(request));
            unauthorized(response, "Bearer realm=\"agora\", error=\"invalid_token\"", "The API key is unknown, revoked or malformed");
            return;
        }
        if (!UAI.matcher(uai).matches()) {
            Map<String, Object> body = problem("/problems/validation", "Invalid request", 400,
                    "'uai' must be 7 digits and an upper-case letter, e.g. 0751234A");
            body.put("field", "uai");
            write(response, 400, body);
            return;
        }
        if (!caller.get().uai().value().equals(uai)) {
            write(response, 404, problem("/problems/establishment-not-found", "Establishment not found", 404, "No establishment " + uai));
            return;
        }
        request.setAttribute(CALLER_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    /**
     * The canonical (decoded) path, the one the dispatcher matches handlers against: checking the raw URI instead let
     * {@code /api/v1/%65stablishments/…} and {@code /api/v1/establishments;x=1/…} reach handlers unauthenticated.
     */
    private static String path(HttpServletRequest request) {
        return RequestPaths.canonical(request);
    }

    private void tooManyFailures(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        write(response, 429, problem("/problems/too-many-failed-authentications", "Too many failed authentications", 429,
                "Too many failed authentications from this client or for this key; retry after " + retryAfterSeconds + " s"));
    }

    private void unauthorized(HttpServletResponse response, String challenge, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, 401, problem("/problems/unauthenticated", "Unauthenticated", 401, detail));
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    private void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
