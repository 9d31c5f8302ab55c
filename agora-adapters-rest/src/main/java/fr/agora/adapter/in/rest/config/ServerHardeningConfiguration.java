package fr.agora.adapter.in.rest.config;

import fr.agora.adapter.in.rest.problem.ProblemJsonErrorReportValve;
import fr.agora.adapter.in.rest.security.RequestFirewallFilter;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What keeps one client from taking the server down, beyond the {@code server.tomcat.*} settings of
 * {@code application.yml} (timeouts, header size, connection counts): request bodies bounded per endpoint before they
 * are parsed, and every error Tomcat answers on its own (before the application sees the request) rendered as
 * problem+json instead of Tomcat's HTML page. See {@code docs/limits.md}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyLimitProperties.class)
public class ServerHardeningConfiguration {

    /** In front of everything, before authentication and body limits: see {@link RequestFirewallFilter}. */
    @Bean
    FilterRegistrationBean<RequestFirewallFilter> requestFirewallFilter() {
        FilterRegistrationBean<RequestFirewallFilter> r = new FilterRegistrationBean<>(new RequestFirewallFilter());
        r.addUrlPatterns("/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return r;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(BodyLimitProperties limits) {
        FilterRegistrationBean<RequestBodyLimitFilter> r = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits));
        r.addUrlPatterns("/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // after the firewall, which canonicalises the path it uses
        return r;
    }

    /** Runs after Boot's own Tomcat customizer (which installs a plain ErrorReportValve) so that ours replaces it. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonTomcat() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        replaceErrorReportValve(context.getParent());
                    }
                }));
                factory.addConnectorCustomizers(connector -> {
                    connector.setAllowTrace(false);
                    connector.setXpoweredBy(false);
                    // answer "100 Continue" only when the application reads the body, so that a 413 decided on the
                    // declared Content-Length goes out before the client sends a byte of it
                    connector.setProperty("continueResponseTiming", "onRead");
                });
            }
        };
    }

    private static void replaceErrorReportValve(Container parent) {
        if (!(parent instanceof StandardHost host)) {
            return;
        }
        host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
        for (Valve v : host.getPipeline().getValves()) {
            if (v instanceof ErrorReportValve && !(v instanceof ProblemJsonErrorReportValve)) {
                host.getPipeline().removeValve(v);
            }
        }
        boolean present = false;
        for (Valve v : host.getPipeline().getValves()) {
            present |= v instanceof ProblemJsonErrorReportValve;
        }
        if (!present) {
            host.getPipeline().addValve(new ProblemJsonErrorReportValve());
        }
    }
}
