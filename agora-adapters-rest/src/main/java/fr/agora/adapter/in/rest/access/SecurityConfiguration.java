package fr.agora.adapter.in.rest.access;

import fr.agora.adapter.in.rest.problem.FilterProblems;
import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.access.AuthenticateOperatorUseCase;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * API-key authentication of the school endpoints (no Spring Security: one filter, one argument resolver), and the
 * bearer security scheme in the OpenAPI document, required on every {@code /api/v1/establishments/…} operation.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration implements WebMvcConfigurer {

    public static final String SCHEME = "apiKey";

    /** Failed authentications per client address and per key id, per minute (then 429 with Retry-After). */
    @Bean
    AuthenticationThrottle authenticationThrottle(
            @Value("${agora.security.failed-authentications.per-client-per-minute:20}") long perClient,
            @Value("${agora.security.failed-authentications.per-key-per-minute:10}") long perKey) {
        return new AuthenticationThrottle(perClient, perKey);
    }

    /** The filters' problems, in the caller's language (they run before Spring MVC and its advice). */
    @Bean
    FilterProblems filterProblems(MessageSource messages, LocaleResolver localeResolver) {
        return new FilterProblems(messages, localeResolver);
    }

    @Bean
    FilterRegistrationBean<ApiKeyAuthenticationFilter> apiKeyAuthenticationFilter(AuthenticateApiKeyUseCase authenticate,
                                                                                  AuthenticateOperatorUseCase operator, FilterProblems problems,
                                                                                  AuthenticationThrottle throttle) {
        FilterRegistrationBean<ApiKeyAuthenticationFilter> r = new FilterRegistrationBean<>(
                new ApiKeyAuthenticationFilter(authenticate, operator, problems, throttle));
        // every path: the filter decides on the canonical path itself, not on the container's URL-pattern matching
        r.addUrlPatterns("/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return r;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
        resolvers.add(new PrincipalArgumentResolver());
    }

    @Bean
    OpenApiCustomizer schoolSecurityScheme() {
        return new SchoolSecurityDocumentation();
    }

    @Bean
    OpenApiCustomizer operatorSecurityScheme() {
        return new OperatorSecurityDocumentation();
    }

    /** Ordered (a lambda cannot be): it must run before the contract customizer documents 401/403 on secured operations. */
    static final class SchoolSecurityDocumentation implements OpenApiCustomizer, Ordered {

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 20;
        }

        @Override
        public void customise(io.swagger.v3.oas.models.OpenAPI api) {
            if (api.getComponents() == null) api.setComponents(new Components());
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("agk_<keyId>.<secret>")
                    .description("An API key issued to one client of one school, with one role (ENT_INTEGRATION, TEACHER, TUTOR, SCHOOL_ADMIN)."));
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> {
                    if (path.startsWith("/api/v1/establishments/")) {
                        // the operator's operations declare their own (OperatorSecurityDocumentation, whichever runs first)
                        item.readOperations().stream().filter(op -> !OperatorSecurityDocumentation.declaresOperator(op))
                                .forEach(op -> op.addSecurityItem(new SecurityRequirement().addList(SCHEME)));
                    }
                });
            }
        }
    }
}
