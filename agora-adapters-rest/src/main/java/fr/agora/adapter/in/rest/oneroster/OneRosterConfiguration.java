package fr.agora.adapter.in.rest.oneroster;

import fr.agora.adapter.in.rest.access.AuthenticationThrottle;
import fr.agora.adapter.in.rest.problem.FilterProblems;
import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.oneroster.ReadGradebookUseCase;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.ListCohortsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.service.oneroster.ReadGradebookService;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The OneRoster gradebook read use case, its bearer-token filter on {@code /ims/oneroster/*}, and its security in the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
public class OneRosterConfiguration {

    static final String SCHEME = "oneRosterOAuth2";

    @Bean
    ReadGradebookUseCase readGradebookUseCase(ListCohortsPort cohorts, LoadStudentPort students, LoadFrameworkPort frameworks,
                                              LoadEvaluationsPort evaluations, LoadScalePort scales, LoadEstablishmentPort establishments) {
        return new ReadGradebookService(cohorts, students, frameworks, evaluations, scales, establishments);
    }

    @Bean
    FilterRegistrationBean<OneRosterAuthenticationFilter> oneRosterAuthenticationFilter(AuthenticateApiKeyUseCase authenticate, FilterProblems problems,
                                                                                        AuthenticationThrottle throttle) {
        FilterRegistrationBean<OneRosterAuthenticationFilter> r = new FilterRegistrationBean<>(new OneRosterAuthenticationFilter(authenticate, problems, throttle));
        r.addUrlPatterns("/ims/oneroster/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return r;
    }

    /** Ordered (a lambda bean cannot be): it must run before the contract customizer documents 401/403 on secured operations. */
    @Bean
    OpenApiCustomizer oneRosterSecurity() {
        return new OneRosterSecurityDocumentation();
    }

    static final class OneRosterSecurityDocumentation implements OpenApiCustomizer, Ordered {
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 20;
        }

        @Override
        public void customise(io.swagger.v3.oas.models.OpenAPI api) {
            if (api.getComponents() == null) api.setComponents(new Components());
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                    .description("OAuth 2 client credentials: client_id = the API key's id, client_secret = its secret")
                    .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/api/v1/oauth/token").scopes(new Scopes()))));
            if (api.getPaths() == null) return;
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/ims/oneroster/")) {
                    item.readOperations().forEach(op -> op.addSecurityItem(new SecurityRequirement().addList(SCHEME)));
                }
            });
        }
    }
}
