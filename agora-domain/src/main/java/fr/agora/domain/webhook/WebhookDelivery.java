package fr.agora.domain.webhook;

import java.time.Instant;

/**
 * One event to one endpoint, as the delivery log shows it: its state, how many attempts, when the next one is due,
 * the last answer (HTTP status, or the error when there was none), and the delivery it replays, if any.
 */
public record WebhookDelivery(String id, String endpointId, String messageId, WebhookEventType eventType, String orderingKey,
                              Status status, int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError,
                              Instant createdAt, Instant deliveredAt, String replayOf, String payload) {

    public enum Status {
        /** Waiting for its first or next attempt. */
        PENDING,
        /** A 2xx answer was received. */
        DELIVERED,
        /** Given up after the retry policy's last attempt (replayable). */
        FAILED
    }
}
