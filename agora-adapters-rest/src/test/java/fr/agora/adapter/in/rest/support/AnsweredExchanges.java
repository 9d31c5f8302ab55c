package fr.agora.adapter.in.rest.support;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Every (method, path, status, media type) the server answered during the API tests, recorded by an outermost servlet
 * filter on the real server (so the 401/429 of the authentication filter and the problems of the advice are seen as
 * the client sees them). {@code DocumentedStatusesApiTest}, ordered last, fails when one of them is not documented for
 * its operation: the OpenAPI document cannot claim a status set the server does not keep.
 */
public final class AnsweredExchanges {

    /**
     * One kind of answer; {@code mediaType} is null when the answer has no body (a 204 or 304 never has one, whatever
     * headers describe the representation); {@code origin} says the request came with a browser's {@code Origin}.
     */
    public record Exchange(String method, String path, int status, String mediaType, boolean origin) {
    }

    private static final Set<Exchange> SEEN = ConcurrentHashMap.newKeySet();
    /** One example query string per kind of answer, to reproduce a finding. */
    private static final Map<Exchange, String> EXAMPLE_QUERY = new ConcurrentHashMap<>();

    private AnsweredExchanges() {
    }

    public static Set<Exchange> seen() {
        return Set.copyOf(SEEN);
    }

    public static String exampleQuery(Exchange e) {
        return EXAMPLE_QUERY.getOrDefault(e, "");
    }

    static void record(HttpServletRequest request, HttpServletResponse response) {
        String type = response.getStatus() == 204 || response.getStatus() == 304 ? null : response.getContentType();
        String media = type == null ? null : type.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        Exchange e = new Exchange(request.getMethod(), request.getRequestURI(), response.getStatus(), media,
                request.getHeader("Origin") != null);
        if (SEEN.add(e) && request.getQueryString() != null) {
            EXAMPLE_QUERY.put(e, request.getQueryString());
        }
    }

    /** Imported by {@link ApiTestSupport}: the recording filter, outside every filter of the application. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Recording {

        @Bean
        FilterRegistrationBean<Filter> answeredExchangesRecorder() {
            FilterRegistrationBean<Filter> r = new FilterRegistrationBean<>((req, res, chain) -> {
                try {
                    chain.doFilter(req, res);
                } finally {
                    if (req instanceof HttpServletRequest http && res instanceof HttpServletResponse answer) {
                        record(http, answer);
                    }
                }
            });
            r.addUrlPatterns("/*");
            r.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return r;
        }
    }
}
