package fr.agora.application.service.webhook;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.webhook.ManageWebhookEndpointsUseCase;
import fr.agora.application.port.in.webhook.RegisterWebhookEndpointCommand;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.port.out.webhook.LoadWebhookEndpointsPort;
import fr.agora.application.port.out.webhook.SaveWebhookEndpointPort;
import fr.agora.application.port.out.webhook.SendWebhookPort;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.shared.RuleViolationException;
import fr.agora.domain.webhook.WebhookEndpoint;
import fr.agora.domain.webhook.WebhookEventType;
import fr.agora.domain.webhook.WebhookSignature;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Registers and manages a school's webhook endpoints; school admins only. The target is checked by the sender's rules. */
public final class ManageWebhookEndpointsService implements ManageWebhookEndpointsUseCase {

    /** Enough for an ENT and a few tools; a bound so that one school cannot make every event fan out without end. */
    public static final int MAX_ENDPOINTS = 20;

    private final LoadWebhookEndpointsPort load;
    private final SaveWebhookEndpointPort save;
    private final SendWebhookPort sender;
    private final TransactionPort tx;
    private final Clock clock;

    public ManageWebhookEndpointsService(LoadWebhookEndpointsPort load, SaveWebhookEndpointPort save, SendWebhookPort sender,
                                         TransactionPort tx, Clock clock) {
        this.load = load;
        this.save = save;
        this.sender = sender;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public WebhookEndpoint register(RegisterWebhookEndpointCommand c) {
        Roles.require(c.caller(), Caller.Role.SCHOOL_ADMIN);
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        for (int i = 0; i < c.events().size(); i++) events.add(WebhookEventType.parse("events[" + i + "]", c.events().get(i)));
        sender.checkTarget(c.url().trim());
        WebhookEndpoint endpoint = new WebhookEndpoint("wh_" + UUID.randomUUID().toString().replace("-", ""), c.caller().uai(),
                c.url().trim(), events, WebhookSignature.newSecret(), c.description(), true, 0, null, null, clock.instant());
        return tx.inTransaction(() -> {
            if (load.listEndpoints(c.caller().uai()).size() >= MAX_ENDPOINTS) {
                throw new RuleViolationException("too-many-webhook-endpoints", "url", "a school has at most " + MAX_ENDPOINTS + " webhook endpoints");
            }
            save.saveEndpoint(endpoint);
            return endpoint;
        });
    }

    @Override
    public List<WebhookEndpoint> endpoints(Caller caller) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        return load.listEndpoints(caller.uai());
    }

    @Override
    public WebhookEndpoint endpoint(Caller caller, String endpointId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        return find(load, caller, endpointId);
    }

    @Override
    public void delete(Caller caller, String endpointId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        if (!tx.inTransaction(() -> save.deleteEndpoint(caller.uai(), endpointId))) {
            throw new NotFoundException("webhook-endpoint-not-found", "webhook endpoint", endpointId);
        }
    }

    @Override
    public WebhookEndpoint enable(Caller caller, String endpointId) {
        Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        return tx.inTransaction(() -> {
            WebhookEndpoint enabled = find(load, caller, endpointId).reEnabled();
            save.saveEndpoint(enabled);
            return enabled;
        });
    }

    static WebhookEndpoint find(LoadWebhookEndpointsPort load, Caller caller, String endpointId) {
        if (endpointId == null || endpointId.isBlank() || endpointId.length() > 64) {
            throw new InvalidInputException("endpointId", "endpointId is required (at most 64 characters)");
        }
        return load.loadEndpoint(caller.uai(), endpointId.trim())
                .orElseThrow(() -> new NotFoundException("webhook-endpoint-not-found", "webhook endpoint", endpointId));
    }
}
