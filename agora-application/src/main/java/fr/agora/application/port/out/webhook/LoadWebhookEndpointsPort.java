package fr.agora.application.port.out.webhook;

import fr.agora.domain.shared.Uai;
import fr.agora.domain.webhook.WebhookEndpoint;
import java.util.List;
import java.util.Optional;

/** Reads a school's webhook endpoints; another school's endpoint is simply absent. */
public interface LoadWebhookEndpointsPort {

    Optional<WebhookEndpoint> loadEndpoint(Uai uai, String endpointId);

    List<WebhookEndpoint> listEndpoints(Uai uai);
}
