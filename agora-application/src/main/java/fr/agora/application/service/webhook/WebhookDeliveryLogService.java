package fr.agora.application.service.webhook;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.webhook.WebhookDeliveryLogUseCase;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.port.out.webhook.LoadWebhookEndpointsPort;
import fr.agora.application.port.out.webhook.WebhookDeliveriesPort;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.webhook.WebhookDelivery;
import fr.agora.domain.webhook.WebhookEndpoint;
import java.time.Clock;

/** The delivery log of one endpoint, and replay by delivery id; school admins only, within their school. */
public final class WebhookDeliveryLogService implements WebhookDeliveryLogUseCase {

    private final LoadWebhookEndpointsPort endpoints;
    private final WebhookDeliveriesPort deliveries;
    private final TransactionPort tx;
    private final Clock clock;

    public WebhookDeliveryLogService(LoadWebhookEndpointsPort endpoints, WebhookDeliveriesPort deliveries, TransactionPort tx, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Page<WebhookDelivery> deliveries(Caller caller, String endpointId, WebhookDelivery.Status status, int page, int size) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        Page.check(page, size);
        WebhookEndpoint e = ManageWebhookEndpointsService.find(endpoints, caller, endpointId);
        return new Page<>(deliveries.listDeliveries(caller.uai(), e.id(), status, page * size, size), page, size,
                deliveries.countDeliveries(caller.uai(), e.id(), status));
    }

    @Override
    public WebhookDelivery delivery(Caller caller, String endpointId, String deliveryId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        WebhookEndpoint e = ManageWebhookEndpointsService.find(endpoints, caller, endpointId);
        return find(caller, e, deliveryId);
    }

    @Override
    public WebhookDelivery replay(Caller caller, String endpointId, String deliveryId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        WebhookEndpoint e = ManageWebhookEndpointsService.find(endpoints, caller, endpointId);
        return tx.inTransaction(() -> {
            WebhookDelivery original = find(caller, e, deliveryId);
            String id = deliveries.replay(caller.uai(), e.id(), original.id(), clock.instant());
            return deliveries.loadDelivery(caller.uai(), e.id(), id).orElseThrow();
        });
    }

    private WebhookDelivery find(Caller caller, WebhookEndpoint e, String deliveryId) {
        String id = deliveryId == null ? "" : deliveryId.trim();
        return deliveries.loadDelivery(caller.uai(), e.id(), id)
                .orElseThrow(() -> new NotFoundException("webhook-delivery-not-found", "webhook delivery", id));
    }
}
