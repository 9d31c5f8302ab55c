package fr.agora.adapter.out.persistence.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.adapter.out.persistence.shared.JdbcTransactionAdapter;
import fr.agora.adapter.out.persistence.support.JdbcStores;
import fr.agora.adapter.out.persistence.support.TestDatabases;
import fr.agora.application.port.out.webhook.WebhookDeliveriesPort.DueDelivery;
import fr.agora.domain.assessment.AggregationPolicy;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.webhook.WebhookDelivery;
import fr.agora.domain.webhook.WebhookEndpoint;
import fr.agora.domain.webhook.WebhookEvent;
import fr.agora.domain.webhook.WebhookEventType;
import fr.agora.domain.webhook.WebhookSignature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The webhook stores (endpoints, outbox, ended periods) on H2 and on a real PostgreSQL. */
class JdbcWebhookStoresTest {

    static final Uai A = Uai.of("0691234A");
    static final Uai B = Uai.of("0751234B");
    static final Instant T0 = Instant.parse("2026-12-06T10:00:00.123456789Z");

    record World(JdbcTemplate jdbc, JdbcWebhookEndpointStore endpoints, JdbcWebhookOutbox outbox, JdbcEndedPeriods periods, JdbcTransactionAdapter tx) {
    }

    static World world(TestDatabases.Engine engine) {
        DataSource ds = TestDatabases.fresh(engine);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        return new World(jdbc, new JdbcWebhookEndpointStore(jdbc), new JdbcWebhookOutbox(jdbc), new JdbcEndedPeriods(jdbc),
                new JdbcTransactionAdapter(new DataSourceTransactionManager(ds)));
    }

    static WebhookEndpoint endpoint(String id, Uai uai, boolean enabled, WebhookEventType... events) {
        return new WebhookEndpoint(id, uai, "https://hooks.example/" + id, EnumSet.copyOf(List.of(events)), WebhookSignature.newSecret(), null,
                enabled, 0, null, null, T0.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    static WebhookEvent event(Uai uai, WebhookEventType type, String student) {
        return WebhookEvent.of(uai, type, "student:" + student, T0, Map.of("studentId", student));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void the_comma_packed_subscriptions_of_v65_become_one_row_per_event_in_v73(TestDatabases.Engine engine) {
        DataSource ds = TestDatabases.freshAt(engine, "65"); // the webhook tables as V65 made them
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String insert = "INSERT INTO webhook_endpoint (id, uai, url, events, secret, enabled, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)";
        jdbc.update(insert, "we_1", A.value(), "https://hooks.example/1", "evaluation.recorded,student.at_risk", WebhookSignature.newSecret(), java.time.OffsetDateTime.parse("2026-12-01T10:00:00Z"));
        jdbc.update(insert, "we_2", A.value(), "https://hooks.example/2", "tutor_evaluation.submitted", WebhookSignature.newSecret(), java.time.OffsetDateTime.parse("2026-12-01T11:00:00Z"));
        jdbc.update(insert, "we_3", B.value(), "https://hooks.example/3",
                "evaluation.recorded,evaluation.validated,tutor_evaluation.submitted,period.closed,student.at_risk",
                WebhookSignature.newSecret(), java.time.OffsetDateTime.parse("2026-12-01T12:00:00Z"));

        TestDatabases.migrate(ds);

        JdbcWebhookEndpointStore store = new JdbcWebhookEndpointStore(jdbc);
        assertThat(store.loadEndpoint(A, "we_1").orElseThrow().events())
                .containsExactlyInAnyOrder(WebhookEventType.EVALUATION_RECORDED, WebhookEventType.STUDENT_AT_RISK);
        assertThat(store.loadEndpoint(A, "we_2").orElseThrow().events()).containsExactly(WebhookEventType.TUTOR_EVALUATION_SUBMITTED);
        assertThat(store.listEndpoints(B)).singleElement().satisfies(e -> assertThat(e.events()).hasSize(5));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_endpoint_event", Long.class)).isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_endpoint_event WHERE uai = ?", Long.class, B.value())).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void endpoints_are_saved_updated_read_within_their_school_and_deleted(TestDatabases.Engine engine) {
        World w = world(engine);
        WebhookEndpoint e = endpoint("wh_1", A, true, WebhookEventType.EVALUATION_RECORDED, WebhookEventType.STUDENT_AT_RISK);
        w.endpoints().saveEndpoint(e);
        assertThat(w.endpoints().loadEndpoint(A, "wh_1")).contains(e);
        assertThat(w.endpoints().loadEndpoint(B, "wh_1")).isEmpty();
        WebhookEndpoint off = e.disabled(T0.plusSeconds(5), "30 consecutive failed attempts");
        w.endpoints().saveEndpoint(off);
        WebhookEndpoint read = w.endpoints().loadEndpoint(A, "wh_1").orElseThrow();
        assertThat(read.enabled()).isFalse();
        assertThat(read.disabledReason()).isEqualTo("30 consecutive failed attempts");
        assertThat(read.secret()).isEqualTo(e.secret());
        assertThat(w.endpoints().listEndpoints(A)).hasSize(1);
        assertThat(w.endpoints().deleteEndpoint(B, "wh_1")).isFalse();
        assertThat(w.endpoints().deleteEndpoint(A, "wh_1")).isTrue();
        assertThat(w.endpoints().listEndpoints(A)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void publishing_fans_out_to_subscribed_enabled_endpoints_and_rolls_back_with_the_change(TestDatabases.Engine engine) {
        World w = world(engine);
        w.endpoints().saveEndpoint(endpoint("wh_rec", A, true, WebhookEventType.EVALUATION_RECORDED));
        w.endpoints().saveEndpoint(endpoint("wh_risk", A, true, WebhookEventType.STUDENT_AT_RISK));
        w.endpoints().saveEndpoint(endpoint("wh_off", A, false, WebhookEventType.EVALUATION_RECORDED));
        w.endpoints().saveEndpoint(endpoint("wh_b", B, true, WebhookEventType.EVALUATION_RECORDED));
        w.outbox().publish(List.of(event(A, WebhookEventType.EVALUATION_RECORDED, "alice"), event(A, WebhookEventType.EVALUATION_VALIDATED, "alice")));
        assertThat(w.jdbc().queryForObject("SELECT COUNT(*) FROM webhook_message", Long.class)).isEqualTo(1); // nobody wants 'validated'
        assertThat(w.outbox().countDeliveries(A, "wh_rec", null)).isEqualTo(1);
        assertThat(w.outbox().countDeliveries(A, "wh_risk", null)).isZero();
        assertThat(w.outbox().countDeliveries(A, "wh_off", null)).isZero();
        assertThat(w.outbox().countDeliveries(B, "wh_b", null)).isZero();

        assertThatThrownBy(() -> w.tx().inTransaction(() -> {
            w.outbox().publish(List.of(event(A, WebhookEventType.EVALUATION_RECORDED, "bob")));
            throw new IllegalStateException("the change fails after publishing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(w.outbox().countDeliveries(A, "wh_rec", null)).isEqualTo(1);
        WebhookDelivery d = w.outbox().listDeliveries(A, "wh_rec", WebhookDelivery.Status.PENDING, 0, 10).get(0);
        assertThat(d.payload()).contains("\"type\":\"evaluation.recorded\"").contains("\"uai\":\"0691234A\"").contains("\"studentId\":\"alice\"");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void only_the_head_of_each_student_queue_is_due_a_claim_is_taken_once_and_replays_go_last(TestDatabases.Engine engine) {
        World w = world(engine);
        w.endpoints().saveEndpoint(endpoint("wh_1", A, true, WebhookEventType.EVALUATION_RECORDED));
        w.outbox().publish(List.of(event(A, WebhookEventType.EVALUATION_RECORDED, "alice"), event(A, WebhookEventType.EVALUATION_RECORDED, "alice"),
                event(A, WebhookEventType.EVALUATION_RECORDED, "bob")));
        List<DueDelivery> due = w.outbox().dueDeliveries(T0.plusSeconds(1), 10);
        assertThat(due).extracting(DueDelivery::orderingKey).containsExactly("student:alice", "student:bob");
        assertThat(w.outbox().dueDeliveries(T0.minusSeconds(1), 10)).isEmpty();
        DueDelivery alice = due.get(0);
        assertThat(w.outbox().claim(alice.deliveryId(), alice.nextAttemptAt(), T0.plusSeconds(60))).isTrue();
        assertThat(w.outbox().claim(alice.deliveryId(), alice.nextAttemptAt(), T0.plusSeconds(60))).isFalse(); // another dispatcher
        assertThat(w.outbox().dueDeliveries(T0.plusSeconds(1), 10)).extracting(DueDelivery::orderingKey).containsExactly("student:bob");

        w.outbox().markAttemptFailed(alice.deliveryId(), 1, 503, "HTTP 503", T0.plusSeconds(10));
        assertThat(w.outbox().countFailure("wh_1")).isEqualTo(1);
        assertThat(w.outbox().countFailure("wh_1")).isEqualTo(2);
        w.outbox().resetFailures("wh_1");
        assertThat(w.endpoints().loadEndpoint(A, "wh_1").orElseThrow().consecutiveFailures()).isZero();
        assertThat(w.outbox().dueDeliveries(T0.plus(Duration.ofSeconds(11)), 10).get(0).deliveryId()).isEqualTo(alice.deliveryId());
        w.outbox().markDelivered(alice.deliveryId(), 2, 204, T0.plusSeconds(11));
        DueDelivery second = w.outbox().dueDeliveries(T0.plusSeconds(12), 10).get(0);
        assertThat(second.orderingKey()).isEqualTo("student:alice");
        assertThat(second.deliveryId()).isNotEqualTo(alice.deliveryId());

        String replay = w.outbox().replay(A, "wh_1", alice.deliveryId(), T0.plusSeconds(12));
        WebhookDelivery r = w.outbox().loadDelivery(A, "wh_1", replay).orElseThrow();
        assertThat(r.replayOf()).isEqualTo(alice.deliveryId());
        assertThat(r.messageId()).isEqualTo(alice.messageId());
        assertThat(w.outbox().dueDeliveries(T0.plusSeconds(13), 10)).extracting(DueDelivery::deliveryId).doesNotContain(replay); // behind the queue
        WebhookDelivery delivered = w.outbox().loadDelivery(A, "wh_1", alice.deliveryId()).orElseThrow();
        assertThat(delivered.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastStatusCode()).isEqualTo(204);
        assertThat(w.outbox().loadDelivery(B, "wh_1", alice.deliveryId())).isEmpty();
        assertThat(w.outbox().listDeliveries(A, "wh_1", null, 0, 2)).hasSize(2);
        assertThat(w.outbox().countDeliveries(A, "wh_1", WebhookDelivery.Status.DELIVERED)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void an_ended_period_is_listed_until_it_is_announced_once(TestDatabases.Engine engine) {
        World w = world(engine);
        JdbcStores stores = JdbcStores.on(w.jdbc());
        stores.establishments().saveEstablishment(new Establishment(A, "Lycée A", AggregationPolicy.schoolDefault()));
        LocalDate today = LocalDate.of(2026, 12, 6);
        stores.cohorts().saveCohort(new Cohort(new CohortId("c1"), A, "Tle", "agora-2020", "2020.1", 2027, List.of(
                new PfmpPeriod(PeriodCode.P1, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 31), 4),
                new PfmpPeriod(PeriodCode.P5, today.minusDays(26), today.minusDays(1), 4),
                new PfmpPeriod(PeriodCode.P6, today.plusDays(30), today.plusDays(50), 3))));
        var ended = w.periods().endedPeriodsNotAnnounced(today.minusDays(7), today, 10);
        assertThat(ended).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(PeriodCode.P5);
            assertThat(p.uai()).isEqualTo(A);
            assertThat(p.end()).isEqualTo(today.minusDays(1));
        });
        assertThat(w.periods().markAnnounced(new CohortId("c1"), PeriodCode.P5)).isTrue();
        assertThat(w.periods().markAnnounced(new CohortId("c1"), PeriodCode.P5)).isFalse();
        assertThat(w.periods().endedPeriodsNotAnnounced(today.minusDays(7), today, 10)).isEmpty();
    }
}
