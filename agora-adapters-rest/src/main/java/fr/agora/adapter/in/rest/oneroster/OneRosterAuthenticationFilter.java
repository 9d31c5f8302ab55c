package fr.agora.adapter.in.rest.oneroster;

import fr.agora.adapter.in.rest.access.ApiKeyAuthenticationFilter;
import fr.agora.adapter.in.rest.access.AuthenticationThrottle;
import fr.agora.adapter.in.rest.problem.FilterProblems;
import fr.agora.adapter.in.rest.security.RequestPaths;
import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.establishment.EstablishmentDisabledException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * OneRoster's security (1EdTech Security Framework): an OAuth 2 bearer access token obtained with the client-credentials
 * grant ({@code POST /api/v1/oauth/token}). The school is the token's, since OneRoster paths name no school. A raw API
 * key is refused here (the standard asks for the token), with a 401 saying where to get one; a token of a disabled
 * school with a 403. Problems are in the caller's language ({@link FilterProblems}).
 */
public class OneRosterAuthenticationFilter extends OncePerRequestFilter {

    private final AuthenticateApiKeyUseCase authenticate;
    private final FilterProblems problems;
    private final AuthenticationThrottle throttle;

    public OneRosterAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, FilterProblems problems, AuthenticationThrottle throttle) {
        this.authenticate = authenticate;
        this.problems = problems;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String client = request.getRemoteAddr();
        String credential = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        String keyId = AuthenticationThrottle.keyIdOf(credential);
        OptionalLong wait = throttle.retryAfter(client, keyId);
        if (wait.isPresent()) {
            // the same failed-authentication limits as the school paths, so tokens cannot be guessed here instead
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            problems.write(request, response, 429, "too-many-failed-authentications", null, "auth.too-many-failures", wait.getAsLong());
            return;
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            unauthorized(request, response, "Bearer realm=\"oneroster\"", "auth.oneroster.missing");
            return;
        }
        String token = header.substring(7).trim();
        if (token.startsWith("agk_")) {
            unauthorized(request, response, "Bearer realm=\"oneroster\", error=\"invalid_token\"", "auth.oneroster.api-key");
            return;
        }
        Optional<Caller> caller;
        try {
            caller = authenticate.authenticate(token);
        } catch (EstablishmentDisabledException disabled) {
            problems.write(request, response, 403, "establishment-disabled", "uai", "auth.establishment-disabled", disabled.uai().value());
            return;
        }
        if (caller.isEmpty()) {
            throttle.failed(client, keyId, "unknown, revoked, expired or malformed credential", RequestPaths.canonical(request));
            unauthorized(request, response, "Bearer realm=\"oneroster\", error=\"invalid_token\"", "auth.oneroster.invalid");
            return;
        }
        request.setAttribute(ApiKeyAuthenticationFilter.CALLER_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, String challenge, String detailKey) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        problems.write(request, response, 401, "unauthenticated", null, detailKey);
    }
}
