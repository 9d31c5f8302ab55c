package fr.agora.adapter.in.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.problem.FilterProblems;
import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.PlatformOperator;
import fr.agora.application.service.access.AuthenticateOperatorService;
import fr.agora.domain.shared.Sha256;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The filter's handling of the platform operator, without a server: failed attempts are throttled per client (429
 * once the client's failures are used up, before the credential is checked), the secret is never echoed, and the
 * operator passes only on its own paths.
 */
class OperatorAuthenticationFilterTest {

    static final String SECRET = "operator-secret-for-filter-test-0123456789";

    final AuthenticationThrottle throttle = new AuthenticationThrottle(3, 100);
    final AuthenticateApiKeyUseCase noSchoolKeys = new AuthenticateApiKeyUseCase() {
        @Override
        public Optional<Caller> authenticate(String token) {
            return Optional.empty();
        }

        @Override
        public Optional<AccessToken> exchange(String apiKey) {
            return Optional.empty();
        }
    };
    final ApiKeyAuthenticationFilter filter = new ApiKeyAuthenticationFilter(noSchoolKeys, new AuthenticateOperatorService(Sha256.hex(SECRET)),
            problems(), throttle);

    static FilterProblems problems() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setSupportedLocales(List.of(Locale.ENGLISH, Locale.FRENCH));
        locales.setDefaultLocale(Locale.ENGLISH);
        return new FilterProblems(messages, locales);
    }

    MockHttpServletResponse call(String method, String path, String credential, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr("10.0.0.9");
        if (credential != null) request.addHeader("Authorization", "Bearer " + credential);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void refused_operator_attempts_are_throttled_per_client_and_never_echo_the_credential() throws Exception {
        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse r = call("GET", "/api/v1/establishments", "guess-" + i, new MockFilterChain());
            assertThat(r.getStatus()).isEqualTo(401);
            assertThat(r.getContentAsString()).doesNotContain("guess-" + i).contains("/problems/unauthenticated");
        }
        MockHttpServletResponse held = call("GET", "/api/v1/establishments", SECRET, new MockFilterChain());
        assertThat(held.getStatus()).isEqualTo(429);
        assertThat(held.getHeader("Retry-After")).isNotBlank();
        assertThat(throttle.retryAfter("10.0.0.10", null)).as("another client").isEmpty();
    }

    @Test
    void the_operator_passes_on_its_paths_only() throws Exception {
        MockFilterChain list = new MockFilterChain();
        assertThat(call("GET", "/api/v1/establishments", SECRET, list).getStatus()).isEqualTo(200);
        assertThat(list.getRequest().getAttribute(ApiKeyAuthenticationFilter.PRINCIPAL_ATTRIBUTE)).isEqualTo(PlatformOperator.CONFIGURED);
        assertThat(list.getRequest().getAttribute(ApiKeyAuthenticationFilter.CALLER_ATTRIBUTE)).isNull();
        assertThat(call("GET", "/api/v1/establishments/0750654D", SECRET, new MockFilterChain()).getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/establishments/0750654D/disable", SECRET, new MockFilterChain()).getStatus()).isEqualTo(200);
        for (String path : List.of("/api/v1/establishments/0750654D/students", "/api/v1/establishments/0750654D/api-keys",
                "/api/v1/establishments/0750654D/cohorts/x/coverage")) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse r = call("GET", path, SECRET, chain);
            assertThat(r.getStatus()).as(path).isEqualTo(403);
            assertThat(r.getContentAsString()).contains("/problems/operator-not-allowed");
            assertThat(chain.getRequest()).as("the chain was not called").isNull();
        }
        assertThat(call("DELETE", "/api/v1/establishments/0750654D", SECRET, new MockFilterChain()).getStatus()).isEqualTo(403);
    }

    @Test
    void without_a_configured_operator_its_endpoints_answer_401() throws Exception {
        ApiKeyAuthenticationFilter none = new ApiKeyAuthenticationFilter(noSchoolKeys, new AuthenticateOperatorService(null), problems(),
                new AuthenticationThrottle(100, 100));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/establishments");
        request.addHeader("Authorization", "Bearer " + SECRET);
        MockHttpServletResponse response = new MockHttpServletResponse();
        none.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
    }
}
