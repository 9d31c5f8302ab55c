package fr.agora.adapter.in.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import fr.agora.application.port.in.webhook.AnnounceEndedPeriodsUseCase;
import fr.agora.application.port.out.webhook.LoadWebhookEndpointsPort;
import fr.agora.application.port.out.webhook.SaveWebhookEndpointPort;
import fr.agora.application.port.out.webhook.SendWebhookPort;
import fr.agora.application.port.out.webhook.WebhookDeliveriesPort;
import fr.agora.application.service.webhook.DispatchWebhooksService;
import fr.agora.domain.webhook.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end: endpoints registered over HTTP, events written to the outbox by the API calls that make the
 * changes, and dispatchers built fresh from the application's ports (as after a restart) sending to a real local
 * receiver that checks signatures with its own code. The dispatcher's clock is moved by hand, so retries and backoff
 * are exact without waiting.
 */
class WebhookApiTest extends SchoolApiTestSupport {

    /** Retries after 10 s, 20 s, 40 s …; a delivery is given up after 4 attempts; an endpoint disabled after 3 failures in a row. */
    static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 4, 3);

    @Autowired WebhookDeliveriesPort deliveries;
    @Autowired LoadWebhookEndpointsPort loadEndpoints;
    @Autowired SaveWebhookEndpointPort saveEndpoints;
    @Autowired SendWebhookPort sender;
    @Autowired AnnounceEndedPeriodsUseCase announce;

    private final List<AutoCloseable> closing = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) c.close();
        pool.shutdownNow();
    }

    WebhookReceiver receiver() throws Exception {
        WebhookReceiver r = new WebhookReceiver();
        closing.add(r);
        return r;
    }

    /** A dispatcher as a freshly started process builds it: nothing in memory, everything read from the outbox. */
    DispatchWebhooksService freshDispatcher(MutableClock clock) {
        return new DispatchWebhooksService(deliveries, loadEndpoints, saveEndpoints, sender, POLICY, Duration.ofSeconds(30), clock, () -> 0.5, pool);
    }

    MutableClock clockAfterNow() {
        return new MutableClock(Instant.now().plusSeconds(1));
    }

    JsonNode register(School s, String url, String... events) {
        StringBuilder ev = new StringBuilder();
        for (String e : events) ev.append(ev.length() == 0 ? "" : ",").append('"').append(e).append('"');
        ApiResponse r = post(s.path("/webhooks"), "{\"url\":\"" + url + "\",\"events\":[" + ev + "]}", auth(s.admin()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        // 201 names the new endpoint; its secret is in this answer only (never cached)
        assertThat(r.header("Location")).isEqualTo("/api/v1/establishments/" + s.uai() + "/webhooks/" + r.tree().get("id").asString());
        assertThat(r.header("Cache-Control")).contains("no-store");
        assertThat(r.tree().get("secret").asString()).startsWith("whsec_");
        return r.tree();
    }

    String record(School s, String student, String competency, String period, String level) {
        ApiResponse r = post(s.path("/evaluations/bulk"), "{\"evaluations\":[" + evaluation(student, competency, period, "2025-05-20", level, null, null) + "]}",
                auth(s.teacher(), "Idempotency-Key", "k-" + System.nanoTime()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.tree().get("ids").get(0).asString();
    }

    JsonNode log(School s, String endpointId) {
        return get(s.path("/webhooks/" + endpointId + "/deliveries?size=200"), auth(s.admin())).tree();
    }

    @Test
    void the_secret_is_shown_once_only_admins_register_and_bad_targets_are_refused() throws Exception {
        School s = newSchool();
        JsonNode e = register(s, receiver().url(), "evaluation.recorded", "student.at_risk");
        assertThat(e.get("secret").asString()).startsWith("whsec_");
        assertThat(e.get("events")).hasSize(2);
        JsonNode read = get(s.path("/webhooks/" + e.get("id").asString()), auth(s.admin())).tree();
        assertThat(read.has("secret")).isFalse();
        assertThat(get(s.path("/webhooks"), auth(s.admin())).tree().get("items")).hasSize(1);

        assertThat(post(s.path("/webhooks"), "{\"url\":\"https://a.example\",\"events\":[\"evaluation.recorded\"]}", auth(s.teacher())).status()).isEqualTo(403);
        ApiResponse ftp = post(s.path("/webhooks"), "{\"url\":\"ftp://a.example/x\",\"events\":[\"evaluation.recorded\"]}", auth(s.admin()));
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(ftp.tree().get("field").asString()).isEqualTo("url");
        ApiResponse unknown = post(s.path("/webhooks"), "{\"url\":\"https://a.example\",\"events\":[\"evaluation.recorded\",\"grade.changed\"]}", auth(s.admin()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.tree().get("field").asString()).isEqualTo("events[1]");
        assertThat(get(s.path("/webhooks/wh_nope"), auth(s.admin())).status()).isEqualTo(404);
        School other = newSchool();
        assertThat(get(other.path("/webhooks/" + e.get("id").asString()), auth(other.admin())).status()).isEqualTo(404);
    }

    @Test
    void a_recorded_evaluation_is_in_the_outbox_at_commit_and_a_fresh_dispatcher_delivers_it_signed() throws Exception {
        WebhookReceiver receiver = receiver();
        School s = newSchool();
        JsonNode endpoint = register(s, receiver.url(), "evaluation.recorded");
        String cohort = createCohort(s, "2nde");
        String lea = createStudent(s, cohort, null, "Martin", "Léa");
        String id = record(s, lea, "1.1.1", "P4", "3");

        // committed with the evaluation, before anything was sent: a process killed now loses nothing
        JsonNode pending = log(s, endpoint.get("id").asString());
        assertThat(pending.get("total").asLong()).isEqualTo(1);
        assertThat(pending.get("items").get(0).get("status").asString()).isEqualTo("PENDING");
        assertThat(receiver.all()).isEmpty();

        assertThat(freshDispatcher(clockAfterNow()).dispatchDue()).isEqualTo(1);
        assertThat(receiver.all()).hasSize(1);
        WebhookReceiver.Received got = receiver.all().get(0);
        assertThat(WebhookReceiver.verifies(endpoint.get("secret").asString(), got)).isTrue();
        assertThat(WebhookReceiver.verifies("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]), got)).isFalse();
        assertThat(got.id()).startsWith("msg_");
        JsonNode body = json.readTree(got.body());
        assertThat(body.get("type").asString()).isEqualTo("evaluation.recorded");
        assertThat(body.get("data").get("evaluationId").asString()).isEqualTo(id);
        assertThat(body.get("data").get("studentId").asString()).isEqualTo(lea);
        assertThat(body.get("data").get("uai").asString()).isEqualTo(s.uai());
        assertThat(body.get("data").has("comment")).isFalse();

        JsonNode delivered = log(s, endpoint.get("id").asString()).get("items").get(0);
        assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivered.get("lastStatusCode").asInt()).isEqualTo(204);
        assertThat(freshDispatcher(clockAfterNow()).dispatchDue()).isZero(); // nothing sent twice
    }

    @Test
    void a_students_events_arrive_in_order_even_when_the_first_is_retried_and_validation_is_announced() throws Exception {
        WebhookReceiver receiver = receiver();
        School s = newSchool();
        JsonNode endpoint = register(s, receiver.url(), "evaluation.recorded", "evaluation.validated");
        String cohort = createCohort(s, "2nde");
        String lea = createStudent(s, cohort, null, "Martin", "Léa");
        String paul = createStudent(s, cohort, null, "Durand", "Paul");
        String first = record(s, lea, "1.1.1", "P4", "2");
        String second = record(s, lea, "1.1.2", "P4", "3");
        String forPaul = record(s, paul, "1.1.1", "P4", "4");
        ApiResponse v = post(s.path("/students/" + lea + "/evaluations/" + second + "/validation"), "{}", auth(s.teacher()));
        assertThat(v.status()).as(v.body()).isIn(200, 201);
        String validation = v.tree().get("id").asString();

        AtomicInteger firstTries = new AtomicInteger();
        receiver.answer = body -> body.contains(first) && firstTries.incrementAndGet() == 1 ? 503 : 200;
        MutableClock clock = clockAfterNow();
        DispatchWebhooksService dispatcher = freshDispatcher(clock);
        dispatcher.dispatchDue();
        // Léa's first event failed: her later ones wait; Paul's went through
        assertThat(receiver.all()).extracting(r -> json.readTree(r.body()).get("data").get("evaluationId").asString())
                .containsExactlyInAnyOrder(first, forPaul);
        JsonNode failed = get(s.path("/webhooks/" + endpoint.get("id").asString() + "/deliveries?status=pending"), auth(s.admin())).tree();
        assertThat(failed.get("total").asLong()).isEqualTo(3);

        clock.advance(Duration.ofSeconds(9)); // 10 s × (0.5 + 0.5 × 0.5 jitter) = 7.5 s … due at 7.5 s
        dispatcher.dispatchDue();
        List<String> leas = receiver.all().stream().map(r -> json.readTree(r.body()).get("data"))
                .filter(d -> d.get("studentId").asString().equals(lea)).map(d -> d.get("evaluationId").asString()).toList();
        assertThat(leas).containsExactly(first, first, second, validation);
        assertThat(receiver.all()).allMatch(r -> WebhookReceiver.verifies(endpoint.get("secret").asString(), r));
        JsonNode last = json.readTree(receiver.all().get(receiver.all().size() - 1).body());
        assertThat(last.get("type").asString()).isEqualTo("evaluation.validated");
    }

    @Test
    void an_endpoint_that_keeps_failing_is_disabled_the_school_sees_why_and_re_enabling_resumes() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.answer = body -> 500;
        School s = newSchool();
        String id = register(s, receiver.url(), "evaluation.recorded").get("id").asString();
        String cohort = createCohort(s, "2nde");
        for (int i = 0; i < 3; i++) record(s, createStudent(s, cohort, null, "Nom" + i, "Prénom"), "1.1.1", "P4", "3");

        MutableClock clock = clockAfterNow();
        freshDispatcher(clock).dispatchDue();
        assertThat(receiver.all()).hasSize(3);
        JsonNode endpoint = get(s.path("/webhooks/" + id), auth(s.admin())).tree();
        assertThat(endpoint.get("enabled").asBoolean()).isFalse();
        assertThat(endpoint.get("disabledReason").asString()).contains("3 consecutive failed attempts").contains("HTTP 500");
        assertThat(endpoint.get("disabledAt")).isNotNull();

        clock.advance(Duration.ofMinutes(10));
        assertThat(freshDispatcher(clock).dispatchDue()).isZero(); // disabled: nothing is sent, nothing is lost
        assertThat(log(s, id).get("items")).allMatch(d -> d.get("status").asString().equals("PENDING"));

        receiver.answer = body -> 200;
        assertThat(post(s.path("/webhooks/" + id + "/enable"), "{}", auth(s.admin())).tree().get("enabled").asBoolean()).isTrue();
        assertThat(freshDispatcher(clock).dispatchDue()).isEqualTo(3);
        assertThat(log(s, id).get("items")).allMatch(d -> d.get("status").asString().equals("DELIVERED") && d.get("attempts").asInt() == 2);
    }

    @Test
    void a_delivery_given_up_after_the_last_attempt_can_be_replayed_with_the_same_webhook_id() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.answer = body -> 410;
        School s = newSchool();
        String id = register(s, receiver.url(), "evaluation.recorded").get("id").asString();
        String lea = createStudent(s, createCohort(s, "2nde"), null, "Martin", "Léa");
        record(s, lea, "1.1.1", "P4", "3");
        MutableClock clock = clockAfterNow();
        DispatchWebhooksService dispatcher = freshDispatcher(clock);
        // 4 attempts at 0, +7.5 s, +15 s, +30 s (10 s doubling, fixed jitter 0.5); the disable threshold (3) is reached first
        dispatcher.dispatchDue();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            post(s.path("/webhooks/" + id + "/enable"), "{}", auth(s.admin()));
            dispatcher.dispatchDue();
        }
        JsonNode failed = log(s, id).get("items").get(0);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(4);
        assertThat(failed.get("lastStatusCode").asInt()).isEqualTo(410);
        assertThat(receiver.all()).hasSize(4);

        receiver.answer = body -> 200;
        post(s.path("/webhooks/" + id + "/enable"), "{}", auth(s.admin()));
        ApiResponse replay = post(s.path("/webhooks/" + id + "/deliveries/" + failed.get("id").asString() + "/replay"), "{}", auth(s.admin()));
        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        assertThat(replay.tree().get("replayOf").asString()).isEqualTo(failed.get("id").asString());
        assertThat(replay.tree().get("messageId").asString()).isEqualTo(failed.get("messageId").asString());
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchDue();
        List<WebhookReceiver.Received> all = receiver.all();
        assertThat(all).hasSize(5);
        assertThat(all.get(4).id()).isEqualTo(all.get(0).id());
        assertThat(get(s.path("/webhooks/" + id + "/deliveries/dl_nope"), auth(s.admin())).status()).isEqualTo(404);
        assertThat(get(s.path("/webhooks/" + id + "/deliveries?status=lost"), auth(s.admin())).status()).isEqualTo(400);
    }

    @Test
    void an_ended_period_is_announced_once_with_the_students_at_risk() throws Exception {
        WebhookReceiver receiver = receiver();
        School s = newSchool();
        String id = register(s, receiver.url(), "period.closed", "student.at_risk").get("id").asString();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String periods = "[{\"code\":\"P1\",\"start\":\"2024-01-08\",\"end\":\"2024-02-02\",\"weeks\":4},"
                + "{\"code\":\"P5\",\"start\":\"" + today.minusDays(28) + "\",\"end\":\"" + today.minusDays(1) + "\",\"weeks\":4},"
                + "{\"code\":\"P6\",\"start\":\"" + today.plusDays(60) + "\",\"end\":\"" + today.plusDays(80) + "\",\"weeks\":3}]";
        ApiResponse c = post(s.path("/cohorts"), "{\"name\":\"Tle\",\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\","
                + "\"examSessionYear\":2030,\"periods\":" + periods + "}", auth(s.admin()));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        String cohort = c.tree().get("id").asString();
        String lea = createStudent(s, cohort, null, "Martin", "Léa");
        createStudent(s, cohort, null, "Durand", "Paul");
        record(s, lea, "1.1.1", "P5", "3");

        assertThat(announce.announceEndedPeriods()).isGreaterThanOrEqualTo(1);
        assertThat(announce.announceEndedPeriods()).isZero();
        freshDispatcher(clockAfterNow()).dispatchDue();
        List<JsonNode> bodies = receiver.all().stream().map(r -> json.readTree(r.body())).toList();
        assertThat(bodies).filteredOn(b -> b.get("type").asString().equals("period.closed")).singleElement()
                .satisfies(b -> assertThat(b.get("data").get("period").asString()).isEqualTo("P5"));
        List<JsonNode> atRisk = bodies.stream().filter(b -> b.get("type").asString().equals("student.at_risk")).toList();
        assertThat(atRisk).hasSize(2); // one period left (P6): every competency never evaluated is at risk
        JsonNode leaRisk = atRisk.stream().filter(b -> b.get("data").get("studentId").asString().equals(lea)).findFirst().orElseThrow();
        assertThat(leaRisk.get("data").get("competenciesAtRisk").asString().split(",")).hasSize(36).doesNotContain("1.1.1");
        assertThat(log(s, id).get("total").asLong()).isEqualTo(3);
    }
}
