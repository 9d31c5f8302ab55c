package fr.agora.application.port.in.webhook;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.domain.webhook.WebhookDelivery;

/** An endpoint's delivery log (newest first, optionally one status) and replay of a delivery by its id (school admin). */
public interface WebhookDeliveryLogUseCase {

    Page<WebhookDelivery> deliveries(Caller caller, String endpointId, WebhookDelivery.Status status, int page, int size);

    WebhookDelivery delivery(Caller caller, String endpointId, String deliveryId);

    /** Queues the same message (same {@code webhook-id}) to the same endpoint again, after any pending one. */
    WebhookDelivery replay(Caller caller, String endpointId, String deliveryId);
}
