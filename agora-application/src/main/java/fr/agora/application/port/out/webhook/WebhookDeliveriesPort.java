package fr.agora.application.port.out.webhook;

import fr.agora.domain.shared.Uai;
import fr.agora.domain.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The deliveries: what the dispatcher sends next, what it records of each attempt, and the school's log. */
public interface WebhookDeliveriesPort {

    /** A pending delivery with what sending it needs. */
    record DueDelivery(String deliveryId, String endpointId, Uai uai, String url, String secret, String messageId,
                       String orderingKey, String payload, int attempts, Instant nextAttemptAt) {
    }

    /**
     * Pending deliveries due at {@code now} that are the oldest pending one of their endpoint × ordering key (so a
     * student's events are never sent out of order), oldest first, at most {@code limit}; enabled endpoints only.
     */
    List<DueDelivery> dueDeliveries(Instant now, int limit);

    /**
     * Takes a due delivery for one attempt: moves its next attempt to {@code leaseUntil} if it still is
     * {@code expectedNextAttempt}; false when another dispatcher took it first. A process that dies mid-send leaves it
     * to be retried when the lease ends.
     */
    boolean claim(String deliveryId, Instant expectedNextAttempt, Instant leaseUntil);

    void markDelivered(String deliveryId, int attempts, int statusCode, Instant at);

    /** A failed attempt: {@code nextAttemptAt} null ⇒ given up ({@code FAILED}). */
    void markAttemptFailed(String deliveryId, int attempts, Integer statusCode, String error, Instant nextAttemptAt);

    /** Adds one to the endpoint's consecutive failures and returns the new count. */
    int countFailure(String endpointId);

    void resetFailures(String endpointId);

    List<WebhookDelivery> listDeliveries(Uai uai, String endpointId, WebhookDelivery.Status status, int offset, int limit);

    long countDeliveries(Uai uai, String endpointId, WebhookDelivery.Status status);

    Optional<WebhookDelivery> loadDelivery(Uai uai, String endpointId, String deliveryId);

    /** A new pending delivery of the same message to the same endpoint, due at {@code now}; returns its id. */
    String replay(Uai uai, String endpointId, String deliveryId, Instant now);
}
