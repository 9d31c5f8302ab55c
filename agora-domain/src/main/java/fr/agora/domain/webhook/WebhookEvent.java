package fr.agora.domain.webhook;

import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in a school, as its endpoints receive it. {@code messageId} is the {@code webhook-id}
 * (the same on every retry and replay, so receivers can de-duplicate); {@code orderingKey} is what deliveries are
 * ordered by (the student, or the cohort for a period); {@code data} holds identifiers and codes only, no personal data.
 */
public record WebhookEvent(String messageId, Uai uai, WebhookEventType type, String orderingKey, Instant occurredAt,
                           Map<String, String> data) {

    public WebhookEvent {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(uai, "uai");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(orderingKey, "orderingKey");
        Objects.requireNonNull(occurredAt, "occurredAt");
        data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static WebhookEvent of(Uai uai, WebhookEventType type, String orderingKey, Instant occurredAt, Map<String, String> data) {
        return new WebhookEvent("msg_" + UUID.randomUUID().toString().replace("-", ""), uai, type, orderingKey, occurredAt, data);
    }
}
