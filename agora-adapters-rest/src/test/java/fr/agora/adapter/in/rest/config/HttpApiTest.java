package fr.agora.adapter.in.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

/** gzip for large JSON, CORS per allowed origin, no-store on personal data. */
class HttpApiTest extends ApiTestSupport {

    static final String FRONT_END = "https://ent.lycee-exemple.fr";

    @Test
    void the_case_package_is_gzipped_for_a_client_that_accepts_it() throws Exception {
        String path = "/ims/case/v1p1/CFPackages/c10f56ff-8998-592e-b5a6-1b3c7323f100";
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String plain = get(path).body();
        assertThat(get(path).header("Content-Encoding")).isNull();
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
        }
        // the tag is weak for a gzip client (Tomcat compresses nothing with a strong one), and still revalidates
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        HttpResponse<byte[]> revalidated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept-Encoding", "gzip").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        // the figure the README quotes: more than 5 times smaller
        assertThat(zipped.body().length * 5).isLessThan(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void an_allowed_front_end_gets_cors_headers_and_another_origin_does_not() throws IOException {
        ApiResponse allowed = get("/api/v1/referentiels", "Origin", FRONT_END);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
        assertThat(allowed.header("Access-Control-Expose-Headers")).contains("ETag").contains("Location");
        ApiResponse preflight = send("OPTIONS", "/api/v1/invoices/compute", null, null, "Origin", FRONT_END,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,authorization");
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        ApiResponse other = get("/api/v1/referentiels", "Origin", "https://evil.example.net");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void no_origin_is_allowed_by_default() {
        HttpConfiguration none = new HttpConfiguration(List.of(""));
        assertThat(none.allowedOrigins()).isEmpty();
        CorsRegistry registry = new CorsRegistry() {
            @Override
            public org.springframework.web.servlet.config.annotation.CorsRegistration addMapping(String pathPattern) {
                throw new AssertionError("no CORS mapping expected, got " + pathPattern);
            }
        };
        none.addCorsMappings(registry);
    }

    @Test
    void school_answers_are_never_stored_by_caches_even_errors() {
        ApiResponse unauthenticated = get("/api/v1/establishments/0751234A/students");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.header("Cache-Control")).isEqualTo("no-store");
        assertThat(get("/api/v1/referentiels").header("Cache-Control")).doesNotContain("no-store");
    }
}
