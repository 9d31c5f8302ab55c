package fr.agora.adapter.in.rest.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable by default (issue 12 §2): the packaged server on its default embedded H2 file is written to by 4 clients,
 * killed with SIGKILL while writes are in flight, restarted on the same files, and every write it had acknowledged
 * (201) must still be there. With H2's former default ({@code WRITE_DELAY} 500 ms) this lost about a quarter of them.
 */
class DurabilityCrashIT {

    static final String UAI = "0750099Z";
    static final String KEY = "agk_5e2b7c9d1f3a4b6c.Jq8-vW2xZ4nR7tY0uI3oP6aS9dF1gH5jK8lL2mN4bV7c";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @TempDir
    Path work;

    @Test
    void acknowledged_writes_survive_kill_minus_9() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of("AGORA_SECURITY_BOOTSTRAP_UAI", UAI,
                "AGORA_SECURITY_BOOTSTRAP_NAME", "Lycée du crash", "AGORA_SECURITY_BOOTSTRAP_ADMIN_KEY", KEY));
        // -Dagora.crash.db-url=… runs the same test on another database URL (RELIABILITY.md: the former H2 default
        // with WRITE_DELAY loses writes here; a PostgreSQL URL runs it against a real server)
        String url = System.getProperty("agora.crash.db-url");
        if (url != null && !url.isBlank()) {
            env.put("AGORA_DB_URL", url);
        }
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        try (PackagedServer server = PackagedServer.start(work, env)) {
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        try {
                            HttpResponse<String> r = PackagedServer.CLIENT.send(createCohort(server, "w" + writer + "-" + i),
                                    HttpResponse.BodyHandlers.ofString());
                            Matcher m = ID.matcher(r.body());
                            if (r.statusCode() == 201 && m.find()) {
                                acknowledged.add(m.group(1));
                            }
                        } catch (Exception e) {
                            return; // the server was killed under this request: not acknowledged
                        }
                    }
                });
            }
            while (acknowledged.size() < 150) {
                Thread.sleep(20);
            }
            server.kill9(); // while the 4 writers are still sending
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        List<String> expected = List.copyOf(acknowledged);
        try (PackagedServer again = PackagedServer.start(work, env)) {
            List<String> lost = new ArrayList<>();
            for (String id : expected) {
                HttpResponse<String> r = PackagedServer.CLIENT.send(HttpRequest.newBuilder(
                                again.uri("/api/v1/establishments/" + UAI + "/cohorts/" + id))
                        .header("Authorization", "Bearer " + KEY).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    lost.add(id + " → " + r.statusCode());
                }
            }
            assertThat(lost).as("acknowledged before kill -9 (%d), missing after restart", expected.size()).isEmpty();
        }
        assertThat(Files.exists(work.resolve("data"))).isTrue();
    }

    private static HttpRequest createCohort(PackagedServer server, String name) {
        String body = "{\"name\":\"" + name + "\",\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\","
                + "\"examSessionYear\":2030}";
        return HttpRequest.newBuilder(server.uri("/api/v1/establishments/" + UAI + "/cohorts"))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
