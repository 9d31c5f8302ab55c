package fr.agora.adapter.out.persistence.webhook;

import static fr.agora.adapter.out.persistence.webhook.JdbcWebhookEndpointStore.instant;
import static fr.agora.adapter.out.persistence.webhook.JdbcWebhookEndpointStore.utc;

import fr.agora.application.port.out.webhook.PublishWebhookEventPort;
import fr.agora.application.port.out.webhook.WebhookDeliveriesPort;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.webhook.WebhookDelivery;
import fr.agora.domain.webhook.WebhookEvent;
import fr.agora.domain.webhook.WebhookEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook outbox: messages ({@code webhook_message}) and their deliveries ({@code webhook_delivery}). Publishing
 * runs on the caller's connection, so it commits or rolls back with the change it announces. The payload is the
 * Standard Webhooks shape {@code {"type", "timestamp", "data"}}, serialised once by Jackson.
 */
public class JdbcWebhookOutbox implements PublishWebhookEventPort, WebhookDeliveriesPort {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String DELIVERY_COLUMNS = "d.id, d.endpoint_id, d.message_id, m.event_type, d.ordering_key, d.status, d.attempts, "
            + "d.next_attempt_at, d.last_status_code, d.last_error, d.created_at, d.delivered_at, d.replay_of, m.payload";

    private final JdbcTemplate jdbc;

    public JdbcWebhookOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** PostgreSQL keeps microseconds: instants are cut there so that what is compared is what was stored. */
    private static Instant micros(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void publish(List<WebhookEvent> events) {
        Map<Uai, Map<String, Set<String>>> subscribers = new LinkedHashMap<>(); // endpoint id → its events, per school
        List<Object[]> messages = new ArrayList<>();
        List<Object[]> deliveries = new ArrayList<>();
        for (WebhookEvent e : events) {
            Map<String, Set<String>> endpoints = subscribers.computeIfAbsent(e.uai(), this::enabledEndpoints);
            boolean stored = false;
            for (Map.Entry<String, Set<String>> ep : endpoints.entrySet()) {
                if (!ep.getValue().contains(e.type().wireName())) continue;
                if (!stored) {
                    messages.add(new Object[] {e.messageId(), e.uai().value(), e.type().wireName(), e.orderingKey(), payload(e), utc(micros(e.occurredAt()))});
                    stored = true;
                }
                deliveries.add(new Object[] {"dl_" + UUID.randomUUID().toString().replace("-", ""), e.uai().value(), ep.getKey(), e.messageId(),
                        e.orderingKey(), utc(micros(e.occurredAt())), utc(micros(e.occurredAt()))});
            }
        }
        if (messages.isEmpty()) return;
        jdbc.batchUpdate("INSERT INTO webhook_message (message_id, uai, event_type, ordering_key, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?)", messages);
        jdbc.batchUpdate("INSERT INTO webhook_delivery (id, uai, endpoint_id, message_id, ordering_key, status, attempts, next_attempt_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", deliveries);
    }

    /** The school's enabled endpoints with their subscribed events, read once per publish, not once per event. */
    private Map<String, Set<String>> enabledEndpoints(Uai uai) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        jdbc.query("SELECT e.id, s.event_type FROM webhook_endpoint e JOIN webhook_endpoint_event s ON s.endpoint_id = e.id "
                        + "WHERE e.uai = ? AND e.enabled = TRUE ORDER BY e.created_at, e.id",
                rs -> { out.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2)); }, uai.value());
        return out;
    }

    static String payload(WebhookEvent e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.type().wireName());
        body.put("timestamp", micros(e.occurredAt()).toString());
        Map<String, Object> data = new LinkedHashMap<>(e.data());
        data.put("uai", e.uai().value());
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }

    @Override
    public List<DueDelivery> dueDeliveries(Instant now, int limit) {
        return jdbc.query("SELECT d.id, d.endpoint_id, d.uai, e.url, e.secret, d.message_id, d.ordering_key, m.payload, d.attempts, d.next_attempt_at "
                        + "FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id JOIN webhook_message m ON m.message_id = d.message_id "
                        + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND e.enabled = TRUE AND NOT EXISTS (SELECT 1 FROM webhook_delivery p "
                        + "WHERE p.endpoint_id = d.endpoint_id AND p.ordering_key = d.ordering_key AND p.status = 'PENDING' AND p.seq < d.seq) "
                        + "ORDER BY d.seq LIMIT ?",
                (rs, i) -> new DueDelivery(rs.getString(1), rs.getString(2), Uai.of(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), instant(rs, 10)), utc(now), limit);
    }

    @Override
    public boolean claim(String deliveryId, Instant expectedNextAttempt, Instant leaseUntil) {
        return jdbc.update("UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING' AND next_attempt_at = ?",
                utc(micros(leaseUntil)), deliveryId, utc(micros(expectedNextAttempt))) == 1;
    }

    @Override
    public void markDelivered(String deliveryId, int attempts, int statusCode, Instant at) {
        jdbc.update("UPDATE webhook_delivery SET status = 'DELIVERED', attempts = ?, last_status_code = ?, last_error = NULL, "
                + "next_attempt_at = NULL, delivered_at = ? WHERE id = ?", attempts, statusCode, utc(micros(at)), deliveryId);
    }

    @Override
    public void markAttemptFailed(String deliveryId, int attempts, Integer statusCode, String error, Instant nextAttemptAt) {
        jdbc.update("UPDATE webhook_delivery SET status = ?, attempts = ?, last_status_code = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                nextAttemptAt == null ? "FAILED" : "PENDING", attempts, statusCode, error, utc(micros(nextAttemptAt)), deliveryId);
    }

    @Override
    public int countFailure(String endpointId) {
        jdbc.update("UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1 WHERE id = ?", endpointId);
        return jdbc.query("SELECT consecutive_failures FROM webhook_endpoint WHERE id = ?", (rs, i) -> rs.getInt(1), endpointId)
                .stream().findFirst().orElse(0);
    }

    @Override
    public void resetFailures(String endpointId) {
        jdbc.update("UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = ? AND consecutive_failures <> 0", endpointId);
    }

    private static WebhookDelivery delivery(ResultSet rs) throws SQLException {
        int code = rs.getInt(9);
        Integer status = rs.wasNull() ? null : code;
        return new WebhookDelivery(rs.getString(1), rs.getString(2), rs.getString(3), WebhookEventType.parse("eventType", rs.getString(4)),
                rs.getString(5), WebhookDelivery.Status.valueOf(rs.getString(6)), rs.getInt(7), instant(rs, 8), status, rs.getString(10),
                instant(rs, 11), instant(rs, 12), rs.getString(13), rs.getString(14));
    }

    @Override
    public List<WebhookDelivery> listDeliveries(Uai uai, String endpointId, WebhookDelivery.Status status, int offset, int limit) {
        String where = status == null ? "" : " AND d.status = '" + status.name() + "'"; // an enum constant, never client text
        return jdbc.query("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d JOIN webhook_message m ON m.message_id = d.message_id "
                + "WHERE d.uai = ? AND d.endpoint_id = ?" + where + " ORDER BY d.seq DESC LIMIT ? OFFSET ?",
                (rs, i) -> delivery(rs), uai.value(), endpointId, limit, offset);
    }

    @Override
    public long countDeliveries(Uai uai, String endpointId, WebhookDelivery.Status status) {
        String where = status == null ? "" : " AND status = '" + status.name() + "'";
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery WHERE uai = ? AND endpoint_id = ?" + where, Long.class, uai.value(), endpointId);
        return n == null ? 0 : n;
    }

    @Override
    public Optional<WebhookDelivery> loadDelivery(Uai uai, String endpointId, String deliveryId) {
        return jdbc.query("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d JOIN webhook_message m ON m.message_id = d.message_id "
                + "WHERE d.uai = ? AND d.endpoint_id = ? AND d.id = ?", (rs, i) -> delivery(rs), uai.value(), endpointId, deliveryId)
                .stream().findFirst();
    }

    @Override
    public String replay(Uai uai, String endpointId, String deliveryId, Instant now) {
        String id = "dl_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.update("INSERT INTO webhook_delivery (id, uai, endpoint_id, message_id, ordering_key, status, attempts, next_attempt_at, created_at, replay_of) "
                + "SELECT ?, uai, endpoint_id, message_id, ordering_key, 'PENDING', 0, ?, ?, id FROM webhook_delivery WHERE uai = ? AND endpoint_id = ? AND id = ?",
                id, utc(micros(now)), utc(micros(now)), uai.value(), endpointId, deliveryId);
        return id;
    }
}
