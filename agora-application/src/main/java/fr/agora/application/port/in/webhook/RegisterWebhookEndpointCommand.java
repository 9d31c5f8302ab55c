package fr.agora.application.port.in.webhook;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/** A school admin registers a URL for some event types ({@code evaluation.recorded} …); the secret is generated. */
public record RegisterWebhookEndpointCommand(Caller caller, String url, List<String> events, String description) {
    public RegisterWebhookEndpointCommand {
        Objects.requireNonNull(caller, "caller");
        if (url == null || url.isBlank()) throw new InvalidInputException("url", "url is required");
        if (events == null || events.isEmpty()) throw new InvalidInputException("events", "at least one event type is required");
        events = List.copyOf(events);
    }
}
