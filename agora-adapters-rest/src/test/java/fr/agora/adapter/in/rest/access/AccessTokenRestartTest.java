package fr.agora.adapter.in.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.AgoraApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens survive: one obtained from instance A is accepted by instance B (same configuration, same database)
 * and by an instance started after both stopped; revoking its API key ends it at once.
 */
class AccessTokenRestartTest {

    static final String UAI = "0759998Y";
    static final String ADMIN_KEY = "agk_fedcba9876543210.restart-test-secret-0123456789abcdefghij";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static ConfigurableApplicationContext start() {
        // command-line arguments: they win over the test profile's datasource (a database of this test's own)
        return new SpringApplicationBuilder(AgoraApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:agora-restart-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--agora.security.bootstrap.uai=" + UAI,
                "--agora.security.bootstrap.admin-key=" + ADMIN_KEY);
    }

    private static URI base(ConfigurableApplicationContext c) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) c).getWebServer().getPort());
    }

    private HttpResponse<String> send(URI base, String method, String path, String body, String contentType, String bearer)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_token_works_on_another_instance_after_a_restart_and_dies_with_its_key() throws Exception {
        String token;
        String keyId;
        String teacherKey;
        try (ConfigurableApplicationContext a = start(); ConfigurableApplicationContext b = start()) {
            HttpResponse<String> issued = send(base(a), "POST", "/api/v1/establishments/" + UAI + "/api-keys",
                    "{\"role\":\"TEACHER\",\"subject\":\"prof.restart\"}", "application/json", ADMIN_KEY);
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            var json = JsonMapper.builder().build();
            teacherKey = json.readTree(issued.body()).get("token").asString();
            keyId = json.readTree(issued.body()).get("keyId").asString();
            HttpResponse<String> exchanged = send(base(a), "POST", "/api/v1/oauth/token",
                    "grant_type=client_credentials&client_secret=" + teacherKey, "application/x-www-form-urlencoded", null);
            assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
            token = json.readTree(exchanged.body()).get("access_token").asString();
            assertThat(token.split("\\.")).as("a compact JWS").hasSize(3);
            assertThat(send(base(b), "GET", "/api/v1/establishments/" + UAI + "/cohorts", null, null, token).statusCode())
                    .as("instance B accepts instance A's token").isEqualTo(200);
        }
        try (ConfigurableApplicationContext restarted = start()) {
            URI base = base(restarted);
            assertThat(send(base, "GET", "/api/v1/establishments/" + UAI + "/cohorts", null, null, token).statusCode())
                    .as("after a restart").isEqualTo(200);
            assertThat(send(base, "DELETE", "/api/v1/establishments/" + UAI + "/api-keys/" + keyId, null, null, ADMIN_KEY).statusCode())
                    .isEqualTo(204);
            assertThat(send(base, "GET", "/api/v1/establishments/" + UAI + "/cohorts", null, null, token).statusCode())
                    .as("revoked key: its token is refused at once").isEqualTo(401);
        }
    }
}
