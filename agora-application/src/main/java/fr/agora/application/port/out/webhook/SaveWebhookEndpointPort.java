package fr.agora.application.port.out.webhook;

import fr.agora.domain.shared.Uai;
import fr.agora.domain.webhook.WebhookEndpoint;

/** Creates, updates (enabled flag, failure count) and deletes webhook endpoints. */
public interface SaveWebhookEndpointPort {

    void saveEndpoint(WebhookEndpoint endpoint);

    /** Deletes the endpoint and its deliveries; false when it did not exist in that school. */
    boolean deleteEndpoint(Uai uai, String endpointId);
}
