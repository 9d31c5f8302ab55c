package fr.agora.adapter.in.rest.access;

import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

/**
 * API-key authentication of the school endpoints (no Spring Security: one filter, one argument resolver), and the
 * bearer security scheme in the OpenAPI document, required on every {@code /api/v1/establishments/…} operation.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration implements WebMvcConfigurer {

    public static final String SCHEME = "apiKey";

    @Bean
    FilterRegistrationBean<ApiKeyAuthenticationFilter> apiKeyAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, ObjectMapper json) {
        FilterRegistrationBean<ApiKeyAuthenticationFilter> r = new FilterRegistrationBean<>(new ApiKeyAuthenticationFilter(authenticate, json));
        r.addUrlPatterns("/api/v1/establishments/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return r;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    @Bean
    OpenApiCustomizer schoolSecurityScheme() {
        return api -> {
            if (api.getComponents() == null) api.setComponents(new Components());
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("agk_<keyId>.<secret>")
                    .description("An API key issued to one client of one school, with one role (ENT_INTEGRATION, TEACHER, TUTOR, SCHOOL_ADMIN)."));
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> {
                    if (path.startsWith("/api/v1/establishments/")) {
                        item.readOperations().forEach(op -> op.addSecurityItem(new SecurityRequirement().addList(SCHEME)));
                    }
                });
            }
        };
    }
}
