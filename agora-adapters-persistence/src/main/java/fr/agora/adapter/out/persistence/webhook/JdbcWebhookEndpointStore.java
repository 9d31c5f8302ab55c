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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Webhook endpoints ({@code webhook_endpoint}); every read filters on the UAI. Event types are stored by wire name. */
public class JdbcWebhookEndpointStore implements LoadWebhookEndpointsPort, SaveWebhookEndpointPort {

    private static final String COLUMNS = "id, uai, url, events, secret, description, enabled, consecutive_failures, disabled_at, "
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

    private static WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        for (String name : rs.getString(4).split(",")) events.add(WebhookEventType.parse("events", name));
        return new WebhookEndpoint(rs.getString(1), Uai.of(rs.getString(2)), rs.getString(3), events, rs.getString(5), rs.getString(6),
                rs.getBoolean(7), rs.getInt(8), instant(rs, 9), rs.getString(10), instant(rs, 11));
    }

    @Override
    public Optional<WebhookEndpoint> loadEndpoint(Uai uai, String endpointId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE uai = ? AND id = ?", (rs, i) -> endpoint(rs),
                uai.value(), endpointId).stream().findFirst();
    }

    @Override
    public List<WebhookEndpoint> listEndpoints(Uai uai) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE uai = ? ORDER BY created_at, id", (rs, i) -> endpoint(rs), uai.value());
    }

    @Override
    public void saveEndpoint(WebhookEndpoint e) {
        String events = e.events().stream().sorted().map(WebhookEventType::wireName).collect(Collectors.joining(","));
        int updated = jdbc.update("UPDATE webhook_endpoint SET url = ?, events = ?, description = ?, enabled = ?, consecutive_failures = ?, "
                        + "disabled_at = ?, disabled_reason = ? WHERE id = ? AND uai = ?", e.url(), events, e.description(), e.enabled(),
                e.consecutiveFailures(), utc(e.disabledAt()), e.disabledReason(), e.id(), e.uai().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO webhook_endpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(), e.uai().value(), e.url(),
                    events, e.secret(), e.description(), e.enabled(), e.consecutiveFailures(), utc(e.disabledAt()), e.disabledReason(),
                    utc(e.createdAt()));
        }
    }

    @Override
    public boolean deleteEndpoint(Uai uai, String endpointId) {
        return jdbc.update("DELETE FROM webhook_endpoint WHERE uai = ? AND id = ?", uai.value(), endpointId) == 1;
    }
}
