package fr.agora.adapter.in.rest.tutor;

import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase;
import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.tutor.ManageTutorLinksUseCase;
import fr.agora.application.port.in.tutor.UseTutorLinkUseCase;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.port.out.tutor.LoadTutorLinkPort;
import fr.agora.application.port.out.tutor.SaveTutorLinkPort;
import fr.agora.application.service.tutor.ManageTutorLinksService;
import fr.agora.application.service.tutor.UseTutorLinkService;
import jakarta.servlet.Filter;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Wires the tutor links and the tutor's page: the use cases, and on {@code /tuteur/*} only the page's two filters —
 * the bearer-secret headers ({@link TutorPageHeaders}) and Spring Security's {@link CsrfFilter} (double-submit
 * cookie, scoped to the page's path; the rest of the application uses no Spring Security).
 */
@Configuration(proxyBeanMethods = false)
public class TutorConfiguration {

    @Bean
    ManageTutorLinksUseCase manageTutorLinksUseCase(LoadStudentPort students, LoadPlacementsPort placements, LoadTutorLinkPort load,
                                                    SaveTutorLinkPort save, AuditPort audit, Clock clock) {
        return new ManageTutorLinksService(students, placements, load, save, audit, clock);
    }

    @Bean
    UseTutorLinkUseCase useTutorLinkUseCase(LoadTutorLinkPort links, SaveTutorLinkPort save, LoadStudentPort students,
                                            LoadPlacementsPort placements, LoadCohortPort cohorts, LoadScalePort scales,
                                            FindReferentielUseCase referentiels, RecordEvaluationsUseCase evaluations,
                                            TransactionPort tx, Clock clock) {
        return new UseTutorLinkService(links, save, students, placements, cohorts, scales, referentiels, evaluations, tx, clock);
    }

    @Bean
    FilterRegistrationBean<Filter> tutorPageHeaders() {
        FilterRegistrationBean<Filter> r = new FilterRegistrationBean<>(new TutorPageHeaders());
        r.addUrlPatterns(TutorPageController.PATH + "/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return r;
    }

    @Bean
    FilterRegistrationBean<Filter> tutorPageCsrf() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookiePath(TutorPageController.PATH);
        tokens.setCookieCustomizer(c -> c.sameSite("Strict").httpOnly(true));
        CsrfFilter csrf = new CsrfFilter(tokens);
        csrf.setAccessDeniedHandler((request, response, e) -> TutorPageController.writeCsrfRefusal(response));
        FilterRegistrationBean<Filter> r = new FilterRegistrationBean<>(csrf);
        r.addUrlPatterns(TutorPageController.PATH + "/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return r;
    }
}
