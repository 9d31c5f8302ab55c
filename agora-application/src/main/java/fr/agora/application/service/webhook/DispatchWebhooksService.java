package fr.agora.application.service.webhook;

import fr.agora.application.port.in.webhook.DispatchWebhooksUseCase;
import fr.agora.application.port.out.webhook.LoadWebhookEndpointsPort;
import fr.agora.application.port.out.webhook.SaveWebhookEndpointPort;
import fr.agora.application.port.out.webhook.SendWebhookPort;
import fr.agora.application.port.out.webhook.WebhookDeliveriesPort;
import fr.agora.application.port.out.webhook.WebhookDeliveriesPort.DueDelivery;
import fr.agora.domain.webhook.RetryPolicy;
import fr.agora.domain.webhook.WebhookSignature;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;

/**
 * Sends due deliveries, signed per Standard Webhooks. Each round takes the head of every endpoint × ordering key
 * queue (the port never returns a delivery while an older one of the same queue is pending), claims it with a lease,
 * and sends the round's deliveries in parallel — different students never wait for each other, one student's events
 * go one after the other. A failure schedules the next attempt by the {@link RetryPolicy} (exponential, jittered);
 * the last one marks the delivery {@code FAILED}; too many consecutive failures disable the endpoint, which the school
 * sees on it. Time comes from the injected clock only.
 */
public final class DispatchWebhooksService implements DispatchWebhooksUseCase {

    static final int ROUND = 200;
    static final int MAX_ROUNDS = 50;

    private final WebhookDeliveriesPort deliveries;
    private final LoadWebhookEndpointsPort loadEndpoints;
    private final SaveWebhookEndpointPort saveEndpoints;
    private final SendWebhookPort sender;
    private final RetryPolicy policy;
    private final Duration lease;
    private final Clock clock;
    private final DoubleSupplier random;
    private final Executor executor;
    /** One run at a time in a process (a scheduler firing while the previous run is still sending skips). */
    private final ReentrantLock running = new ReentrantLock();

    public DispatchWebhooksService(WebhookDeliveriesPort deliveries, LoadWebhookEndpointsPort loadEndpoints,
                                   SaveWebhookEndpointPort saveEndpoints, SendWebhookPort sender, RetryPolicy policy,
                                   Duration lease, Clock clock, DoubleSupplier random, Executor executor) {
        this.deliveries = deliveries;
        this.loadEndpoints = loadEndpoints;
        this.saveEndpoints = saveEndpoints;
        this.sender = sender;
        this.policy = policy;
        this.lease = lease;
        this.clock = clock;
        this.random = random;
        this.executor = executor;
    }

    @Override
    public int dispatchDue() {
        if (!running.tryLock()) return 0;
        try {
            int attempts = 0;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int sent = round();
                if (sent == 0) break;
                attempts += sent;
            }
            return attempts;
        } finally {
            running.unlock();
        }
    }

    private int round() {
        Instant now = clock.instant();
        List<DueDelivery> claimed = new ArrayList<>();
        for (DueDelivery d : deliveries.dueDeliveries(now, ROUND)) {
            if (deliveries.claim(d.deliveryId(), d.nextAttemptAt(), now.plus(lease))) claimed.add(d);
        }
        Map<DueDelivery, CompletableFuture<SendWebhookPort.SendResult>> sends = new LinkedHashMap<>();
        for (DueDelivery d : claimed) sends.put(d, CompletableFuture.supplyAsync(() -> send(d), executor));
        sends.forEach((d, f) -> record(d, f.join()));
        return claimed.size();
    }

    private SendWebhookPort.SendResult send(DueDelivery d) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", d.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(d.secret(), d.messageId(), timestamp, d.payload()));
        try {
            return sender.send(URI.create(d.url()), headers, d.payload());
        } catch (RuntimeException e) {
            return new SendWebhookPort.SendResult(null, e.getClass().getSimpleName());
        }
    }

    private void record(DueDelivery d, SendWebhookPort.SendResult r) {
        Instant now = clock.instant();
        int attempts = d.attempts() + 1;
        if (r.delivered()) {
            deliveries.markDelivered(d.deliveryId(), attempts, r.statusCode(), now);
            deliveries.resetFailures(d.endpointId());
            return;
        }
        Instant next = policy.givesUpAfter(attempts) ? null : now.plus(policy.delayAfter(attempts, random));
        String error = r.error() != null ? r.error() : "HTTP " + r.statusCode();
        deliveries.markAttemptFailed(d.deliveryId(), attempts, r.statusCode(), error.length() > 500 ? error.substring(0, 500) : error, next);
        if (deliveries.countFailure(d.endpointId()) >= policy.disableAfter()) {
            loadEndpoints.loadEndpoint(d.uai(), d.endpointId()).filter(e -> e.enabled()).ifPresent(e ->
                    saveEndpoints.saveEndpoint(e.disabled(now, policy.disableAfter() + " consecutive failed attempts; last: " + error)));
        }
    }
}
