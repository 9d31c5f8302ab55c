package fr.agora.adapter.in.rest.access;

import fr.agora.adapter.in.rest.problem.FilterProblems;
import fr.agora.adapter.in.rest.security.RequestPaths;
import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.access.AuthenticateOperatorUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.PlatformOperator;
import fr.agora.domain.establishment.EstablishmentDisabledException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request to {@code /api/v1/establishments} and below by its bearer credential, and binds who it
 * acts for to the request: a school's {@link Caller} (API key {@code agk_<keyId>.<secret>} or access token) or the
 * {@link PlatformOperator} (its configured secret).
 * <ul>
 *   <li>no or unusable credentials → 401 with {@code WWW-Authenticate: Bearer} (also for the operator's endpoints when
 *       no operator is configured);</li>
 *   <li>a genuine key or token of a disabled school → 403 {@code establishment-disabled};</li>
 *   <li>the operator anywhere but its own endpoints (the list, one school, disable/enable) → 403
 *       {@code operator-not-allowed}: it never reaches a school's data;</li>
 *   <li>a malformed UAI → 400 naming {@code uai};</li>
 *   <li>a key of another school → 404, exactly like an unknown school, so that schools cannot be probed.</li>
 * </ul>
 * Roles are checked by the use cases (a refused role is 403). Problems are in the caller's language
 * ({@link FilterProblems}). Every other path is left untouched, and so are the GETs of a school's public Open Badges
 * resources (issuer profile, JWK Set, status list).
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String CALLER_ATTRIBUTE = ApiKeyAuthenticationFilter.class.getName() + ".caller";
    /** The {@link fr.agora.application.port.in.shared.Principal}: the caller, or the platform operator. */
    public static final String PRINCIPAL_ATTRIBUTE = ApiKeyAuthenticationFilter.class.getName() + ".principal";
    static final String COLLECTION = "/api/v1/establishments";
    static final String SCHOOL_PREFIX = COLLECTION + "/";
    private static final Pattern UAI = Pattern.compile("^[0-9]{7}[A-Z]$");
    /** What any verifier of a school's Open Badges must read without a key: issuer profile, JWK Set, status list. */
    private static final Pattern PUBLIC_BADGE_RESOURCES =
            Pattern.compile("^/api/v1/establishments/[^/]+/badges/(issuer|jwks\\.json|status-list)$");
    /** The operator's actions on one school. */
    private static final Pattern OPERATOR_ACTION = Pattern.compile("^/api/v1/establishments/[^/]+/(disable|enable)$");
    private static final Pattern ONE_SCHOOL = Pattern.compile("^/api/v1/establishments/[^/]+$");

    private final AuthenticateApiKeyUseCase authenticate;
    private final AuthenticateOperatorUseCase operator;
    private final FilterProblems problems;
    private final AuthenticationThrottle throttle;

    public ApiKeyAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, AuthenticateOperatorUseCase operator, FilterProblems problems,
                                      AuthenticationThrottle throttle) {
        this.authenticate = authenticate;
        this.operator = operator;
        this.problems = problems;
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.equals(COLLECTION) || path.startsWith(SCHOOL_PREFIX))
                || ("GET".equals(request.getMethod()) && PUBLIC_BADGE_RESOURCES.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        boolean operatorOnly = path.equals(COLLECTION) || OPERATOR_ACTION.matcher(path).matches();
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String client = request.getRemoteAddr();
        String credential = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        String keyId = AuthenticationThrottle.keyIdOf(credential);
        OptionalLong wait = throttle.retryAfter(client, keyId);
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            problems.write(request, response, 429, "too-many-failed-authentications", null, "auth.too-many-failures", wait.getAsLong());
            return;
        }
        if (header == null || header.isBlank()) {
            unauthorized(request, response, "Bearer realm=\"agora\"", operatorOnly ? "auth.operator.missing" : "auth.api-key.missing");
            return;
        }
        if (credential == null || credential.isEmpty()) {
            throttle.failed(client, null, "not a Bearer credential", path);
            unauthorized(request, response, "Bearer realm=\"agora\", error=\"invalid_request\"", "auth.api-key.not-bearer");
            return;
        }
        Optional<PlatformOperator> platformOperator = operator.authenticate(credential);
        if (platformOperator.isPresent()) {
            if (!operatorOnly && !("GET".equals(request.getMethod()) && ONE_SCHOOL.matcher(path).matches())) {
                problems.write(request, response, 403, "operator-not-allowed", null, "auth.operator.not-allowed");
                return;
            }
            request.setAttribute(PRINCIPAL_ATTRIBUTE, platformOperator.get());
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller;
        try {
            caller = authenticate.authenticate(credential);
        } catch (EstablishmentDisabledException disabled) {
            problems.write(request, response, 403, "establishment-disabled", "uai", "auth.establishment-disabled", disabled.uai().value());
            return;
        }
        if (caller.isEmpty()) {
            // a refused operator secret is throttled per client only: a per-credential bucket would let anyone lock the operator out
            throttle.failed(client, keyId, operatorOnly ? "refused credential on an operator endpoint"
                    : "unknown, revoked, expired or malformed credential", path);
            unauthorized(request, response, "Bearer realm=\"agora\", error=\"invalid_token\"",
                    operatorOnly ? "auth.operator.invalid" : "auth.api-key.invalid");
            return;
        }
        if (!path.equals(COLLECTION) && !sameSchool(request, response, path, caller.get())) {
            return;
        }
        request.setAttribute(CALLER_ATTRIBUTE, caller.get());
        request.setAttribute(PRINCIPAL_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    /** The path's school must be the caller's: a malformed UAI is a 400, another school a 404 (written here). */
    private boolean sameSchool(HttpServletRequest request, HttpServletResponse response, String path, Caller caller) throws IOException {
        String rest = path.substring(SCHOOL_PREFIX.length());
        int slash = rest.indexOf('/');
        String uai = slash < 0 ? rest : rest.substring(0, slash);
        if (!UAI.matcher(uai).matches()) {
            problems.write(request, response, 400, "validation", "uai", "auth.uai.malformed");
            return false;
        }
        if (!caller.uai().value().equals(uai)) {
            problems.write(request, response, 404, "establishment-not-found", null, "auth.establishment.not-found", uai);
            return false;
        }
        return true;
    }

    /**
     * The canonical (decoded) path, the one the dispatcher matches handlers against: checking the raw URI instead let
     * {@code /api/v1/%65stablishments/…} and {@code /api/v1/establishments;x=1/…} reach handlers unauthenticated.
     */
    private static String path(HttpServletRequest request) {
        return RequestPaths.canonical(request);
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String challenge, String detailKey) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        problems.write(request, response, 401, "unauthenticated", null, detailKey);
    }
}
