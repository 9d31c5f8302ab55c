package fr.agora.adapter.in.rest.access;

import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.domain.establishment.EstablishmentDisabledException;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
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

    /** The form of the grant, as documented (the handler reads the raw form so that HTTP Basic can stand in). */
    @Schema(name = "OAuthTokenRequest", description = "RFC 6749 §4.4 client-credentials grant")
    public record OAuthTokenRequest(
            @JsonProperty("grant_type") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "client_credentials",
                    example = "client_credentials") String grantType,
            @JsonProperty("client_id") @Schema(description = "The API key's id (16 hex characters)", example = "3f2a9c0d4b5e6f71")
            String clientId,
            @JsonProperty("client_secret") @Schema(description = "The API key's secret, or the whole agk_… key",
                    example = "agk_3f2a9c0d4b5e6f71.q8Jx0n2W4y6A8c0E2g4I6k8M0o2Q4s6U8w0Y2a4C6e8") String clientSecret) {
    }

    @Schema(name = "OAuthTokenResponse", description = "RFC 6749 §5.1 access token response")
    public record OAuthTokenResponse(
            @JsonProperty("access_token") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String accessToken,
            @JsonProperty("token_type") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Bearer") String tokenType,
            @JsonProperty("expires_in") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "900") long expiresIn) {
    }

    @Schema(name = "OAuthError", description = "RFC 6749 §5.2 error response (what OAuth client libraries parse)")
    public record OAuthError(@Schema(example = "invalid_client") String error,
                             @JsonProperty("error_description") @Schema(example = "unknown client or wrong secret") String errorDescription) {
    }

    @PostMapping(path = "/api/v1/oauth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "exchangeApiKeyForToken", summary = "Client-credentials grant: API key → access token (15 min)",
            description = "Form fields grant_type=client_credentials, client_id=<keyId>, client_secret=<secret>; or HTTP Basic.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE, schema = @Schema(implementation = OAuthTokenRequest.class),
                    examples = @ExampleObject(name = "apiKey", value = "{\"grant_type\": \"client_credentials\", "
                            + "\"client_id\": \"3f2a9c0d4b5e6f71\", \"client_secret\": \"q8Jx0n2W4y6A8c0E2g4I6k8M0o2Q4s6U8w0Y2a4C6e8\"}"))))
    @ApiResponse(responseCode = "200", description = "The access token (`Cache-Control: no-store`)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OAuthTokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Unsupported grant type (RFC 6749 error)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OAuthError.class)))
    @ApiResponse(responseCode = "401", description = "Unknown client or wrong secret (RFC 6749 error)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OAuthError.class)))
    @ApiResponse(responseCode = "429", description = "Too many failed authentications from this client or for this key (RFC 6749 error `slow_down`)",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OAuthError.class)))
    public ResponseEntity<Object> token(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> form,
                                        @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
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
        return exchange(key, request.getRemoteAddr());
    }

    /** The throttled exchange of a well-formed key for an access token. */
    private ResponseEntity<Object> exchange(String key, String client) {
        String keyId = AuthenticationThrottle.keyIdOf(key);
        OptionalLong wait = throttle.retryAfter(client, keyId);
        if (wait.isPresent()) {
            return ResponseEntity.status(429).cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()))
                    .body(new OAuthError("slow_down", "too many failed authentications; retry later"));
        }
        Optional<AuthenticateApiKeyUseCase.AccessToken> token;
        try {
            token = authenticate.exchange(key);
        } catch (EstablishmentDisabledException disabled) {
            // a genuine key of a disabled school: not a guess, so not counted as a failure
            return error(401, "invalid_client", "the client's establishment is disabled by the platform operator");
        }
        if (token.isEmpty()) {
            throttle.failed(client, keyId, "token exchange refused", "/api/v1/oauth/token");
            return error(401, "invalid_client", "unknown client or wrong secret");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(new OAuthTokenResponse(token.get().token(), "Bearer", token.get().expiresInSeconds()));
    }

    private static ResponseEntity<Object> error(int status, String error, String description) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON);
        if (status == 401) b.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"agora\"");
        return b.body(new OAuthError(error, description));
    }
}
