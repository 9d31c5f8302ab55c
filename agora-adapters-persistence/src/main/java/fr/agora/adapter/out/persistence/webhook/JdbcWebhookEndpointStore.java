package fr.agora.adapter.out.persistence.webhook;

import fr.agora.application.port.out.webhook.LoadWebhookEndpointsPort;
import fr.agora.application.port.out.webhook.SaveWebhookEndpointPort;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.webhook.WebhookEndpoint;
import fr.agora.domain.webhook.WebhookEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Webhook endpoints ({@code webhook_endpoint}) and their subscriptions, one row per event type in
 * {@code webhook_endpoint_event} ({@code V73}), stored by wire name; every read filters on the UAI.
 */
public class JdbcWebhookEndpointStore implements LoadWebhookEndpointsPort, SaveWebhookEndpointPort {

    private static final String COLUMNS = "id, uai, url, secret, description, enabled, consecutive_failures, disabled_at, "
            + "disabled_reason, created_at";

    private final JdbcTemplate jdbc;

    public JdbcWebhookEndpointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static WebhookEndpoint endpoint(ResultSet rs, Set<WebhookEventType> events) throws SQLException {
        return new WebhookEndpoint(rs.getString(1), Uai.of(rs.getString(2)), rs.getString(3), events, rs.getString(4), rs.getString(5),
                rs.getBoolean(6), rs.getInt(7), instant(rs, 8), rs.getString(9), instant(rs, 10));
    }

    @Override
    public Optional<WebhookEndpoint> loadEndpoint(Uai uai, String endpointId) {
        Map<String, Set<WebhookEventType>> events = events(uai, endpointId);
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE uai = ? AND id = ?",
                (rs, i) -> endpoint(rs, events.get(rs.getString(1))), uai.value(), endpointId).stream().findFirst();
    }

    @Override
    public List<WebhookEndpoint> listEndpoints(Uai uai) {
        Map<String, Set<WebhookEventType>> events = events(uai, null);
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE uai = ? ORDER BY created_at, id",
                (rs, i) -> endpoint(rs, events.get(rs.getString(1))), uai.value());
    }

    /** The subscriptions of the school's endpoints (of one endpoint when {@code endpointId} is given), by endpoint id. */
    private Map<String, Set<WebhookEventType>> events(Uai uai, String endpointId) {
        Map<String, Set<WebhookEventType>> out = new HashMap<>();
        RowCallbackHandler add = rs -> out.computeIfAbsent(rs.getString(1), id -> EnumSet.noneOf(WebhookEventType.class))
                .add(WebhookEventType.parse("events", rs.getString(2)));
        if (endpointId == null) {
            jdbc.query("SELECT endpoint_id, event_type FROM webhook_endpoint_event WHERE uai = ?", add, uai.value());
        } else {
            jdbc.query("SELECT endpoint_id, event_type FROM webhook_endpoint_event WHERE uai = ? AND endpoint_id = ?", add, uai.value(), endpointId);
        }
        return out;
    }

    @Override
    public void saveEndpoint(WebhookEndpoint e) {
        int updated = jdbc.update("UPDATE webhook_endpoint SET url = ?, description = ?, enabled = ?, consecutive_failures = ?, "
                        + "disabled_at = ?, disabled_reason = ? WHERE id = ? AND uai = ?", e.url(), e.description(), e.enabled(),
                e.consecutiveFailures(), utc(e.disabledAt()), e.disabledReason(), e.id(), e.uai().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO webhook_endpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(), e.uai().value(), e.url(),
                    e.secret(), e.description(), e.enabled(), e.consecutiveFailures(), utc(e.disabledAt()), e.disabledReason(),
                    utc(e.createdAt()));
            insertEvents(e, e.events());
            return;
        }
        // The dispatcher saves an endpoint after every failure: its subscriptions are rewritten only when they changed.
        Set<WebhookEventType> stored = events(e.uai(), e.id()).getOrDefault(e.id(), Set.of());
        if (!stored.equals(e.events())) {
            jdbc.update("DELETE FROM webhook_endpoint_event WHERE uai = ? AND endpoint_id = ?", e.uai().value(), e.id());
            insertEvents(e, e.events());
        }
    }

    private void insertEvents(WebhookEndpoint e, Set<WebhookEventType> events) {
        jdbc.batchUpdate("INSERT INTO webhook_endpoint_event (endpoint_id, uai, event_type) VALUES (?, ?, ?)",
                events.stream().sorted().map(t -> new Object[] {e.id(), e.uai().value(), t.wireName()}).toList());
    }

    @Override
    public boolean deleteEndpoint(Uai uai, String endpointId) {
        return jdbc.update("DELETE FROM webhook_endpoint WHERE uai = ? AND id = ?", uai.value(), endpointId) == 1;
    }
}
