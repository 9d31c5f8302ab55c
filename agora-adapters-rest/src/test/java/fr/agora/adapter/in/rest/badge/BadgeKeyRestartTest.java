package fr.agora.adapter.in.rest.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWEObject;
import fr.agora.adapter.in.rest.AgoraApplication;
import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.Uai;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A badge signed before a restart still verifies after it, and one signed after verifies too, while the school's
 * private key stays encrypted at rest — across a key-encryption-key rotation done by that restart. Two real servers,
 * one after the other, on the same port and the same (named, in-memory) database; the KEKs come from files, as a
 * mounted secret would ({@code spring.config.import=configtree:}).
 */
class BadgeKeyRestartTest {

    private static final String PREFIX = "agora.badges.key-encryption.";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = JsonMapper.builder().build();

    @TempDir
    Path secrets;

    @Test
    void a_badge_signed_before_a_restart_and_one_signed_after_both_verify() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String database = "jdbc:h2:mem:badge-restart-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String uai = "0330" + String.format("%03d", (int) (System.nanoTime() % 1000)) + "R";
        String before;
        String lea;
        String teacher;

        Path first = kekFiles("first", "k1", Map.of("k1", 1));
        try (ConfigurableApplicationContext app = start(port, database, first)) {
            String admin = app.getBean(IssueApiKeyUseCase.class).registerSchool(new IssueApiKeyUseCase.RegisterCommand(Uai.of(uai), "Lycée " + uai,
                    Caller.Role.SCHOOL_ADMIN, "admin@lycee.fr", null)).token();
            teacher = call(port, "POST", "/api/v1/establishments/" + uai + "/api-keys", "{\"role\":\"TEACHER\",\"subject\":\"prof\"}", admin)
                    .get("token").asString();
            String cohort = call(port, "POST", "/api/v1/establishments/" + uai + "/cohorts", "{\"name\":\"T\",\"referentielId\":\""
                    + SchoolApiTestSupport.REFERENTIEL + "\",\"referentielVersion\":\"" + SchoolApiTestSupport.VERSION
                    + "\",\"examSessionYear\":2030,\"periods\":" + SchoolApiTestSupport.PERIODS + "}", admin).get("id").asString();
            lea = call(port, "POST", "/api/v1/establishments/" + uai + "/students", "{\"cohortId\":\"" + cohort
                    + "\",\"ine\":null,\"lastName\":\"Martin\",\"firstName\":\"Léa\"}", admin).get("id").asString();
            for (String code : new String[] {"1.1.1", "1.1.2"}) {
                call(port, "POST", "/api/v1/establishments/" + uai + "/evaluations",
                        SchoolApiTestSupport.evaluation(lea, code, "P1", "2024-01-20", "4", null, null), teacher);
            }
            before = call(port, "POST", "/api/v1/establishments/" + uai + "/students/" + lea + "/competencies/1.1.1/badges", "", teacher)
                    .get("credential").asString();
            assertThat(new OpenBadgeVerifier().verify(before).failure()).isNull();
            assertThat(storedKekId(app, uai)).isEqualTo("k1");
        }

        // restart with a new current KEK; the old one stays listed so that the start-up step can move the key to k2
        Path second = kekFiles("second", "k2", Map.of("k1", 1, "k2", 2));
        try (ConfigurableApplicationContext app = start(port, database, second)) {
            assertThat(storedKekId(app, uai)).isEqualTo("k2");
            assertThat(new OpenBadgeVerifier().verify(before).failure()).as("signed before the restart").isNull();
            String after = call(port, "POST", "/api/v1/establishments/" + uai + "/students/" + lea + "/competencies/1.1.2/badges", "", teacher)
                    .get("credential").asString();
            OpenBadgeVerifier.Result verified = new OpenBadgeVerifier().verify(after);
            assertThat(verified.failure()).as("signed after the restart").isNull();
            assertThat(com.nimbusds.jwt.SignedJWT.parse(after).getHeader().getKeyID())
                    .isEqualTo(com.nimbusds.jwt.SignedJWT.parse(before).getHeader().getKeyID()); // the same school key
        }
    }

    /** Files named after the properties, holding their values (Spring Boot's config tree, as a mounted secret). */
    private Path kekFiles(String name, String current, Map<String, Integer> keks) throws Exception {
        Path dir = Files.createDirectories(secrets.resolve(name));
        Files.writeString(dir.resolve(PREFIX + "current-key-id"), current);
        for (Map.Entry<String, Integer> k : keks.entrySet()) {
            byte[] bytes = new byte[32];
            for (int i = 0; i < 32; i++) bytes[i] = (byte) (k.getValue() * 53 + i);
            Files.writeString(dir.resolve(PREFIX + "keys." + k.getKey()), Base64.getEncoder().encodeToString(bytes));
        }
        return dir;
    }

    private static ConfigurableApplicationContext start(int port, String database, Path secrets) {
        return new SpringApplicationBuilder(AgoraApplication.class).profiles("test").run("--server.port=" + port,
                "--spring.datasource.url=" + database, "--spring.config.import=configtree:" + secrets.toAbsolutePath() + "/");
    }

    /** The KEK the school's stored private key names in its JWE header; the column agrees with it. */
    private static String storedKekId(ConfigurableApplicationContext app, String uai) throws Exception {
        Map<String, Object> row = app.getBean(JdbcTemplate.class)
                .queryForMap("SELECT private_key, private_key_kek_id FROM badge_signing_key WHERE uai = ?", uai);
        String kid = JWEObject.parse((String) row.get("private_key")).getHeader().getKeyID();
        assertThat(row.get("private_key_kek_id")).isEqualTo(kid);
        return kid;
    }

    private JsonNode call(int port, String method, String path, String body, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 201);
        return json.readTree(r.body());
    }
}
