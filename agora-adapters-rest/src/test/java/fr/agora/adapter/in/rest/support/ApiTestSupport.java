package fr.agora.adapter.in.rest.support;

import fr.agora.adapter.in.rest.AgoraApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the end-to-end API tests: a real server on a random port, called over real HTTP with the JDK client.
 * Every subclass shares one Spring context (same configuration), so the server starts once per test run.
 * The database is an in-memory H2 (profile {@code test}); the PostgreSQL run is in the persistence module.
 */
@SpringBootTest(classes = AgoraApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(AnsweredExchanges.Recording.class)
public abstract class ApiTestSupport {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ObjectMapper json;

    protected URI base;

    @BeforeEach
    void setBase() {
        base = URI.create("http://localhost:" + port);
    }

    protected ApiResponse get(String path, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    protected ApiResponse post(String path, String jsonBody, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)), headers);
    }

    protected ApiResponse send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b, headers);
    }

    private ApiResponse send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            // generous: springdoc builds /v3/api-docs on its first request, which took 33 s on a loaded 2-core machine
            HttpResponse<String> r = CLIENT.send(builder.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(r, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed lazily as JSON. */
    public record ApiResponse(HttpResponse<String> raw, ObjectMapper json) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode tree() {
            return json.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
