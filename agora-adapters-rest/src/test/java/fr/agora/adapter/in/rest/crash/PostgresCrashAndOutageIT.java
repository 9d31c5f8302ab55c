package fr.agora.adapter.in.rest.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server on a real PostgreSQL 17 (zonky, no Docker): acknowledged writes survive a {@code kill -9} of the
 * server; then the database itself goes away — requests answer 503 problem+json with {@code Retry-After}, not 500 —
 * and comes back on the same port and files: the server recovers without a restart.
 */
class PostgresCrashAndOutageIT {

    static final String UAI = "0750098Y";
    static final String KEY = "agk_7c1d9e3f5a2b4c6d.Pq7-rS3tU9vW1xY5zA8bC2dE6fG0hJ4kL7mN3pQ9r";

    @TempDir
    Path work;

    @Test
    void writes_survive_a_server_crash_and_a_database_outage_is_a_503_then_recovers() throws Exception {
        int pgPort;
        try (ServerSocket s = new ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        Path pgData = work.resolve("pgdata");
        // never "clean": zonky deletes a clean instance's files on close, and the outage must keep them
        EmbeddedPostgres pg = startPostgres(pgPort, pgData, false);
        Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "AGORA_DB_URL", "jdbc:postgresql://localhost:" + pgPort + "/postgres", "AGORA_DB_USER", "postgres",
                "AGORA_DB_PASSWORD", "", "AGORA_SECURITY_BOOTSTRAP_UAI", UAI, "AGORA_SECURITY_BOOTSTRAP_ADMIN_KEY", KEY,
                // production profile: the badge keys' key-encryption key is required (docs/badges.md)
                "AGORA_BADGES_KEYENCRYPTION_KEYS_KIT", "aXQta2V5LWVuY3J5cHRpb24ta2V5LTAxMjM0NTY3ODk=");
        List<String> acknowledged = new ArrayList<>();
        try {
            try (PackagedServer server = PackagedServer.start(work, env)) {
                for (int i = 0; i < 40; i++) {
                    HttpResponse<String> r = send(server, createCohort(server, "c" + i));
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                    acknowledged.add(r.headers().firstValue("Location").orElseThrow());
                }
                server.kill9();
            }
            try (PackagedServer server = PackagedServer.start(work, env)) {
                for (String location : acknowledged) {
                    assertThat(send(server, read(server, location)).statusCode()).as(location).isEqualTo(200);
                }
                pg.close(); // the database goes away
                HttpResponse<String> down = send(server, read(server, "/api/v1/establishments/" + UAI + "/cohorts"));
                assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
                assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(down.headers().firstValue("Retry-After")).isPresent();
                assertThat(down.body()).doesNotContain("SQL").doesNotContain("Exception");

                pg = startPostgres(pgPort, pgData, false); // back, same port and files
                int status = 0;
                for (int i = 0; i < 60 && status != 200; i++) {
                    status = send(server, read(server, "/api/v1/establishments/" + UAI + "/cohorts")).statusCode();
                    if (status != 200) {
                        Thread.sleep(500);
                    }
                }
                assertThat(status).as("recovered without a restart; server log:\n%s", server.logTail()).isEqualTo(200);
            }
        } finally {
            pg.close();
        }
    }

    private static EmbeddedPostgres startPostgres(int port, Path data, boolean clean) throws Exception {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(clean).start();
    }

    private static HttpResponse<String> send(PackagedServer server, HttpRequest r) throws Exception {
        return PackagedServer.CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest read(PackagedServer server, String path) {
        return HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + KEY)
                .timeout(Duration.ofSeconds(20)).build();
    }

    private static HttpRequest createCohort(PackagedServer server, String name) {
        String body = "{\"name\":\"" + name + "\",\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\","
                + "\"examSessionYear\":2030}";
        return HttpRequest.newBuilder(server.uri("/api/v1/establishments/" + UAI + "/cohorts"))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
