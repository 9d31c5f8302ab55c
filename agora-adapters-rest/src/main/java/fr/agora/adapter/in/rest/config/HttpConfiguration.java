package fr.agora.adapter.in.rest.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP as integrators expect it, beside the controllers:
 * <ul>
 *   <li>CORS for the browser front-ends listed in {@code agora.cors.allowed-origins} (comma-separated exact
 *       origins; none by default, so a browser on another origin is refused until an operator names it);</li>
 *   <li>{@code Cache-Control: no-store} on every answer of the school endpoints, which carry pupils' personal data
 *       (and on their errors), so that no shared cache or browser history keeps them.</li>
 * </ul>
 * Compression of large JSON is Tomcat's ({@code server.compression} in application.yml), with weak ETags for the
 * clients that accept it.
 */
@Configuration(proxyBeanMethods = false)
public class HttpConfiguration implements WebMvcConfigurer {

    /** Headers a front-end must be able to read on a cross-origin answer. */
    static final String[] EXPOSED = {HttpHeaders.ETAG, HttpHeaders.LOCATION, "X-Total-Count", HttpHeaders.RETRY_AFTER, "Idempotent-Replayed"};

    private final List<String> allowedOrigins;

    public HttpConfiguration(@Value("${agora.cors.allowed-origins:}") List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList();
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        for (String pattern : List.of("/api/**", "/ims/**")) {
            registry.addMapping(pattern)
                    .allowedOrigins(allowedOrigins.toArray(String[]::new))
                    .allowedMethods("GET", "POST", "PUT", "DELETE")
                    .allowedHeaders(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                            HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key")
                    .exposedHeaders(EXPOSED)
                    .allowCredentials(false) // bearer credentials, never cookies
                    .maxAge(3600);
        }
    }

    List<String> allowedOrigins() {
        return allowedOrigins;
    }

    @Bean
    FilterRegistrationBean<NoStoreFilter> personalDataNoStore() {
        FilterRegistrationBean<NoStoreFilter> r = new FilterRegistrationBean<>(new NoStoreFilter());
        r.addUrlPatterns("/api/v1/establishments", "/api/v1/establishments/*");
        // before authentication, so that a 401 about a school's data is not cached either
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return r;
    }

    @Bean
    FilterRegistrationBean<WeakEtagWhenCompressedFilter> weakEtagWhenCompressed() {
        FilterRegistrationBean<WeakEtagWhenCompressedFilter> r = new FilterRegistrationBean<>(new WeakEtagWhenCompressedFilter());
        r.addUrlPatterns("/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return r;
    }

    /**
     * Tomcat never compresses an answer with a strong ETag (a gzipped body is another representation, RFC 9110
     * §8.8.1), and the big answers (référentiel, CASE package) have one. For a client that accepts gzip the tag is
     * sent weak ({@code W/"…"}): {@code If-None-Match} compares weakly, so revalidation still answers 304.
     */
    static final class WeakEtagWhenCompressedFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
            if (accept == null || !accept.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, new jakarta.servlet.http.HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    super.setHeader(name, weak(name, value));
                }

                @Override
                public void addHeader(String name, String value) {
                    super.addHeader(name, weak(name, value));
                }
            });
        }

        private static String weak(String name, String value) {
            return HttpHeaders.ETAG.equalsIgnoreCase(name) && value != null && value.startsWith("\"") ? "W/" + value : value;
        }
    }

    /** Sets {@code Cache-Control: no-store} before anything is written (the school handlers set no caching of their own). */
    static final class NoStoreFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(HttpHeaders.PRAGMA, "no-cache");
            chain.doFilter(request, response);
        }
    }
}
