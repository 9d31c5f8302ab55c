package fr.agora.adapter.in.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The figure: delivery latency at 100 events/s. Not a unit test (its name keeps it out of {@code ./mvnw verify});
 * run by {@code scripts/bench-webhooks.sh}. The real server with the scheduled dispatcher at its default settings
 * (every 200 ms, 16 senders), H2 in memory, a real local receiver. Load: one evaluation recorded per request over HTTP,
 * 100 evaluations/s for {@code bench.seconds} (default 30), sent as 10 requests/s of 10 (bulk, as an ENT sends them), spread
 * over 100 students. Latency of one event = its arrival at
 * the receiver − its {@code timestamp} (the instant the evaluation was recorded, before the commit: so the commit
 * itself is counted). Baselines of the same run: the API's own answer time to the recording request, and a direct
 * POST of a payload of the same size to the same receiver.
 */
@TestPropertySource(properties = {"agora.webhooks.dispatcher.enabled=true"})
class WebhookLatencyBench extends SchoolApiTestSupport {

    @Test
    void delivery_latency_at_100_events_per_second() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 30);
        int rate = Integer.getInteger("bench.rate", 100);
        int batch = Integer.getInteger("bench.batch", 10); // events per request: the load is events, not HTTP requests
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentHashMap<String, Boolean> ids = new ConcurrentHashMap<>();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer = body -> {
                long now = System.currentTimeMillis();
                JsonNode b = json.readTree(body);
                if (b.has("timestamp")) latencies.add(now - Instant.parse(b.get("timestamp").asString()).toEpochMilli());
                return 204;
            };
            School s = newSchool();
            ApiResponse reg = post(s.path("/webhooks"), "{\"url\":\"" + receiver.url() + "\",\"events\":[\"evaluation.recorded\"]}", auth(s.admin()));
            assertThat(reg.status()).isEqualTo(201);
            String cohort = createCohort(s, "bench");
            List<String> students = new ArrayList<>();
            for (int i = 0; i < 100; i++) students.add(createStudent(s, cohort, null, "Nom" + i, "Prénom"));

            HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32)).build();
            ConcurrentLinkedQueue<Long> answers = new ConcurrentLinkedQueue<>();
            List<CompletableFuture<?>> sent = Collections.synchronizedList(new ArrayList<>());
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            int total = seconds * rate;
            int[] n = {0};
            ticker.scheduleAtFixedRate(() -> {
                if (n[0] >= total) return;
                int i = n[0];
                n[0] += batch;
                StringBuilder evs = new StringBuilder();
                for (int k = 0; k < batch; k++) {
                    int e = i + k;
                    evs.append(k == 0 ? "" : ",").append(evaluation(students.get(e % 100), "1.1." + (1 + (e / 100) % 4), "P4", "2025-05-20", "3", null, null));
                }
                String body = "{\"evaluations\":[" + evs + "]}";
                long t0 = System.nanoTime();
                sent.add(client.sendAsync(HttpRequest.newBuilder(base.resolve(s.path("/evaluations/bulk"))).header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + s.teacher()).header("Idempotency-Key", "b" + i)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                        .thenAccept(r -> {
                            answers.add((System.nanoTime() - t0) / 1_000_000);
                            if (r.statusCode() == 201) ids.put(r.body(), true);
                        }));
            }, 0, 1_000_000L * batch / rate, TimeUnit.MICROSECONDS);
            long deadline = System.currentTimeMillis() + seconds * 1000L + 30_000;
            while (latencies.size() < total && System.currentTimeMillis() < deadline) Thread.sleep(100);
            ticker.shutdownNow();
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            // baseline: a direct POST of a same-sized payload to the same receiver, same rate, 5 s
            String sample = receiver.all().get(0).body();
            List<Long> direct = new ArrayList<>();
            for (int i = 0; i < rate * 5; i++) {
                long t0 = System.nanoTime();
                client.send(HttpRequest.newBuilder(URI.create(receiver.url())).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(sample.replace("\"timestamp\"", "\"t\""))).build(), HttpResponse.BodyHandlers.discarding());
                direct.add((System.nanoTime() - t0) / 1_000_000);
                Thread.sleep(Math.max(0, 1000 / rate - (System.nanoTime() - t0) / 1_000_000));
            }
            String report = String.format("""
                    webhook delivery latency bench — %s
                    rate %d events/s for %d s (%d evaluations recorded over HTTP, %d per request; %d requests answered 201), dispatcher every 200 ms, 16 senders, H2 in memory
                    delivered: %d of %d
                    delivery latency (receiver arrival − event recorded), ms: p50 %d, p90 %d, p99 %d, max %d
                    baseline API answer to the recording request, ms: p50 %d, p99 %d
                    baseline direct POST to the receiver, ms: p50 %d, p99 %d
                    ratio delivery p99 / API answer p99: %.2f
                    machine: %d cores visible, shared with other builds (noisy)
                    """, Instant.now(), rate, seconds, total, batch, ids.size(), latencies.size(), total, pct(latencies, 50), pct(latencies, 90),
                    pct(latencies, 99), pct(latencies, 100), pct(answers, 50), pct(answers, 99), pct(direct, 50), pct(direct, 99),
                    pct(latencies, 99) / (double) Math.max(1, pct(answers, 99)), Runtime.getRuntime().availableProcessors());
            System.out.println(report);
            Path out = Path.of(System.getProperty("bench.out", "target/webhook-latency.txt"));
            Files.writeString(out, report);
            assertThat(latencies).hasSize(total);
        }
    }

    static long pct(java.util.Collection<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        if (sorted.isEmpty()) return -1;
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
