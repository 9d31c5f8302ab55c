package fr.agora.adapter.in.rest.access;

import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OAuth 2 client-credentials grant (RFC 6749 §4.4) for clients that expect it: the client id is the key id, the
 * client secret the key's secret (or the whole {@code agk_…} key), sent in the form or as HTTP Basic. The answer is
 * a bearer access token valid 15 minutes, accepted by every school endpoint like the key itself. Errors follow RFC
 * 6749 §5.2 ({@code {"error": "invalid_client"}}), which is what OAuth client libraries parse.
 */
@RestController
@Tag(name = "Authentication", description = "Exchange an API key for a short-lived bearer token (OAuth 2 client credentials)")
public class OAuthTokenController {

    private final AuthenticateApiKeyUseCase authenticate;
    private final AuthenticationThrottle throttle;

    public OAuthTokenController(AuthenticateApiKeyUseCase authenticate, AuthenticationThrottle throttle) {
        this.authenticate = authenticate;
        this.throttle = throttle;
    }

    @PostMapping(path = "/api/v1/oauth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Client-credentials grant: API key → access token (15 min)",
            description = "Form fields grant_type=client_credentials, client_id=<keyId>, client_secret=<secret>; or HTTP Basic.")
    public ResponseEntity<Map<String, Object>> token(@RequestParam MultiValueMap<String, String> form,
                                                     @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                                     HttpServletRequest request) {
        if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            return error(400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
        }
        String id = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return error(401, "invalid_client", "malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                id = decoded.substring(0, colon);
                secret = decoded.substring(colon + 1);
            }
        }
        if (secret == null || secret.isBlank()) return error(401, "invalid_client", "client credentials are required");
        String key = secret.startsWith("agk_") ? secret : "agk_" + (id == null ? "" : id.trim()) + "." + secret.trim();
        String client = request.getRemoteAddr();
        String keyId = AuthenticationThrottle.keyIdOf(key);
        OptionalLong wait = throttle.retryAfter(client, keyId);
        if (wait.isPresent()) {
            return ResponseEntity.status(429).cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()))
                    .body(Map.of("error", "slow_down", "error_description", "too many failed authentications; retry later"));
        }
        Optional<AuthenticateApiKeyUseCase.AccessToken> token = authenticate.exchange(key);
        if (token.isEmpty()) {
            throttle.failed(client, keyId, "token exchange refused", "/api/v1/oauth/token");
            return error(401, "invalid_client", "unknown client or wrong secret");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.get().token());
        body.put("token_type", "Bearer");
        body.put("expires_in", token.get().expiresInSeconds());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String error, String description) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON);
        if (status == 401) b.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"agora\"");
        return b.body(Map.of("error", error, "error_description", description));
    }
}
