package fr.agora.adapter.in.rest.oneroster;

import fr.agora.adapter.in.rest.access.ApiKeyAuthenticationFilter;
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

    public OneRosterAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, ObjectMapper json) {
        this.authenticate = authenticate;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
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
            unauthorized(response, "Bearer realm=\"oneroster\", error=\"invalid_token\"", "The access token is unknown, expired or revoked");
            return;
        }
        request.setAttribute(ApiKeyAuthenticationFilter.CALLER_ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    private void unauthorized(HttpServletResponse response, String challenge, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/unauthenticated");
        body.put("title", "Unauthenticated");
        body.put("status", 401);
        body.put("detail", detail);
        response.setStatus(401);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
