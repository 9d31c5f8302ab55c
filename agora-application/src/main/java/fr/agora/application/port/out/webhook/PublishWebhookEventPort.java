package fr.agora.application.port.out.webhook;

import fr.agora.domain.webhook.WebhookEvent;
import java.util.List;

/**
 * The outbox: stores an event and one pending delivery for each enabled endpoint of its school subscribed to its
 * type. Called inside the transaction of the change it announces, so both commit or neither does — an event can be
 * neither lost nor announced for a change that did not happen. Nothing is sent here. An event no endpoint wants is
 * not stored (nothing would ever read it), which keeps a 20 000-evaluation import cheap for a school without webhooks.
 */
public interface PublishWebhookEventPort {

    void publish(List<WebhookEvent> events);
}
