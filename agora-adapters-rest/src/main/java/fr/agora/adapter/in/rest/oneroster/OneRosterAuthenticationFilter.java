package fr.agora.adapter.in.rest.oneroster;

import fr.agora.adapter.in.rest.access.ApiKeyAuthenticationFilter;
import fr.agora.adapter.in.rest.access.AuthenticationThrottle;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * OneRoster's security (1EdTech Security Framework): an OAuth 2 bearer access token obtained with the client-credentials
 * grant ({@code POST /api/v1/oauth/token}). The school is the token's, since OneRoster paths name no school. A raw API
 * key is refused here (the standard asks for the token), with a 401 saying where to get one.
 */
public class OneRosterAuthenticationFilter extends OncePerRequestFilter {

    private final AuthenticateApiKeyUseCase authenticate;
    private final ObjectMapper json;
    private final AuthenticationThrottle throttle;

    public OneRosterAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, ObjectMapper json, AuthenticationThrottle throttle) {
        this.authenticate = authenticate;
        this.json = json;
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
            write(response, 429, "/problems/too-many-failed-authentications", "Too many failed authentications",
                    "Too many failed authentications from this client or for this key; retry after " + wait.getAsLong() + " s");
            return;
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            unauthorized(response, "Bearer realm=\"oneroster\"", "OneRoster needs an OAuth 2 access token: POST /api/v1/oauth/token (client credentials)");
            return;
        }
        String token = header.substring(7).trim();
        if (token.startsWith("agk_")) {
            unauthorized(response, "Bearer realm=\"oneroster\", error=\"invalid_token\"",
                    "Exchange the API key for an access token first: POST /api/v1/oauth/token (client credentials)");
            return;
        }
        Optional<Caller> caller = authenticate.authenticate(token);
        if (caller.isEmpty()) {
            throttle.failed(client, keyId, "unknown, revoked, expired or malformed credential", RequestPaths.canonical(request));
            unauthorized(response, "Bearer realm=\"oneroster\", error=\"invalid_token\"", "The access token is unknown, expired or revoked");
            return;
        }
        request.setAttribute(ApiKeyAuthenticationFilter.CALLER_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    private void unauthorized(HttpServletResponse response, String challenge, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(response, 401, "/problems/unauthenticated", "Unauthenticated", detail);
    }

    private void write(HttpServletResponse response, int status, String type, String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
