package fr.agora.adapter.in.rest.webhook;

import fr.agora.adapter.in.rest.webhook.WebhookDtos.WebhookDeliveryResponse;
import fr.agora.adapter.in.rest.webhook.WebhookDtos.WebhookEndpointResponse;
import fr.agora.domain.webhook.WebhookDelivery;
import fr.agora.domain.webhook.WebhookEndpoint;
import fr.agora.domain.webhook.WebhookEventType;

/**
 * Domain → JSON for webhooks; hand-written like the school features' mappers, because event types become their wire
 * names ({@code evaluation.recorded}) rather than enum constants, and the secret is shown only when asked.
 */
final class WebhookRestMapper {

    private WebhookRestMapper() {
    }

    static WebhookEndpointResponse endpoint(WebhookEndpoint e, boolean withSecret) {
        return new WebhookEndpointResponse(e.id(), e.url(), e.events().stream().sorted().map(WebhookEventType::wireName).toList(),
                e.description(), e.enabled(), e.consecutiveFailures(), e.disabledAt(), e.disabledReason(), e.createdAt(),
                withSecret ? e.secret() : null);
    }

    static WebhookDeliveryResponse delivery(WebhookDelivery d) {
        return new WebhookDeliveryResponse(d.id(), d.endpointId(), d.messageId(), d.eventType().wireName(), d.orderingKey(),
                d.status().name(), d.attempts(), d.nextAttemptAt(), d.lastStatusCode(), d.lastError(), d.createdAt(), d.deliveredAt(),
                d.replayOf(), d.payload());
    }
}
