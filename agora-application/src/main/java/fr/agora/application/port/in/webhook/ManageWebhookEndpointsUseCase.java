package fr.agora.application.port.in.webhook;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.webhook.WebhookEndpoint;
import java.util.List;

/**
 * A school's webhook endpoints (school admin only): register one (its secret is in the answer, and only there),
 * list, read, delete, and enable again one that was disabled after failing too often.
 */
public interface ManageWebhookEndpointsUseCase {

    WebhookEndpoint register(RegisterWebhookEndpointCommand command);

    List<WebhookEndpoint> endpoints(Caller caller);

    WebhookEndpoint endpoint(Caller caller, String endpointId);

    void delete(Caller caller, String endpointId);

    WebhookEndpoint enable(Caller caller, String endpointId);
}
