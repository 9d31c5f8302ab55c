package fr.agora.adapter.in.rest.webhook;

import fr.agora.adapter.in.rest.webhook.WebhookDtos.WebhookDeliveryPageResponse;
import fr.agora.adapter.in.rest.webhook.WebhookDtos.WebhookDeliveryResponse;
import fr.agora.adapter.in.rest.webhook.WebhookDtos.WebhookEndpointListResponse;
import fr.agora.adapter.in.rest.webhook.WebhookDtos.WebhookEndpointRequest;
import fr.agora.adapter.in.rest.webhook.WebhookDtos.WebhookEndpointResponse;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.webhook.ManageWebhookEndpointsUseCase;
import fr.agora.application.port.in.webhook.RegisterWebhookEndpointCommand;
import fr.agora.application.port.in.webhook.WebhookDeliveryLogUseCase;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.webhook.WebhookDelivery;
import fr.agora.domain.webhook.WebhookEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A school's webhook endpoints, their delivery log and replay (school admin; docs/webhooks.md). */
@RestController
@RequestMapping("/api/v1/establishments/{uai}/webhooks")
@Tag(name = "Webhooks", description = "Signed event deliveries (Standard Webhooks) to a school's endpoints, delivery log, replay")
public class WebhookController {

    private final ManageWebhookEndpointsUseCase endpoints;
    private final WebhookDeliveryLogUseCase log;

    public WebhookController(ManageWebhookEndpointsUseCase endpoints, WebhookDeliveryLogUseCase log) {
        this.endpoints = endpoints;
        this.log = log;
    }

    @PostMapping
    @Operation(operationId = "registerWebhookEndpoint", summary = "Register a webhook endpoint; the answer holds its signing secret, shown once",
            description = "School admin. The `secret` (`whsec_…`, the Standard Webhooks HMAC key) is in this answer only (`Cache-Control: "
                    + "no-store`); no later read returns it, so keep it from here. `Location` names the new endpoint.")
    @ApiResponse(responseCode = "201", description = "Registered; `Location` is the endpoint, the body holds its secret (shown once)")
    public ResponseEntity<WebhookEndpointResponse> registerWebhookEndpoint(@PathVariable String uai, @Parameter(hidden = true) Caller caller,
                                                                           @Valid @RequestBody WebhookEndpointRequest r) {
        WebhookEndpoint e = endpoints.register(new RegisterWebhookEndpointCommand(caller, r.url(), r.events(), r.description()));
        return ResponseEntity.created(URI.create("/api/v1/establishments/" + caller.uai() + "/webhooks/" + e.id()))
                .cacheControl(CacheControl.noStore()).body(WebhookRestMapper.endpoint(e, true));
    }

    @GetMapping
    @Operation(operationId = "listWebhookEndpoints", summary = "The school's webhook endpoints (an endpoint disabled after failing says when and why)")
    public WebhookEndpointListResponse listWebhookEndpoints(@PathVariable String uai, @Parameter(hidden = true) Caller caller) {
        return new WebhookEndpointListResponse(endpoints.endpoints(caller).stream().map(e -> WebhookRestMapper.endpoint(e, false)).toList());
    }

    @GetMapping("/{endpointId}")
    @Operation(operationId = "getWebhookEndpoint", summary = "One webhook endpoint (without its secret)")
    public WebhookEndpointResponse getWebhookEndpoint(@PathVariable String uai, @PathVariable String endpointId, @Parameter(hidden = true) Caller caller) {
        return WebhookRestMapper.endpoint(endpoints.endpoint(caller, endpointId), false);
    }

    @DeleteMapping("/{endpointId}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete a webhook endpoint and its delivery log")
    public ResponseEntity<Void> deleteWebhookEndpoint(@PathVariable String uai, @PathVariable String endpointId, @Parameter(hidden = true) Caller caller) {
        endpoints.delete(caller, endpointId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{endpointId}/enable")
    @Operation(operationId = "enableWebhookEndpoint", summary = "Enable again an endpoint that was disabled (its failure count starts over; pending deliveries resume)")
    public WebhookEndpointResponse enableWebhookEndpoint(@PathVariable String uai, @PathVariable String endpointId, @Parameter(hidden = true) Caller caller) {
        return WebhookRestMapper.endpoint(endpoints.enable(caller, endpointId), false);
    }

    @GetMapping("/{endpointId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's delivery log, newest first; status=PENDING|DELIVERED|FAILED")
    public WebhookDeliveryPageResponse listWebhookDeliveries(@PathVariable String uai, @PathVariable String endpointId,
                                                             @Parameter(hidden = true) Caller caller,
                                                             @RequestParam(required = false) String status,
                                                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page<WebhookDelivery> p = log.deliveries(caller, endpointId, status(status), page, size);
        return new WebhookDeliveryPageResponse(p.items().stream().map(WebhookRestMapper::delivery).toList(), p.page(), p.size(), p.total());
    }

    @GetMapping("/{endpointId}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery: state, attempts, last answer, the payload sent")
    public WebhookDeliveryResponse getWebhookDelivery(@PathVariable String uai, @PathVariable String endpointId, @PathVariable String deliveryId,
                                                      @Parameter(hidden = true) Caller caller) {
        return WebhookRestMapper.delivery(log.delivery(caller, endpointId, deliveryId));
    }

    @PostMapping("/{endpointId}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery's message again (same webhook-id) as a new delivery, after anything queued")
    public ResponseEntity<WebhookDeliveryResponse> replayWebhookDelivery(@PathVariable String uai, @PathVariable String endpointId,
                                                                         @PathVariable String deliveryId, @Parameter(hidden = true) Caller caller) {
        WebhookDelivery d = log.replay(caller, endpointId, deliveryId);
        return ResponseEntity.accepted().body(WebhookRestMapper.delivery(d));
    }

    private static WebhookDelivery.Status status(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return WebhookDelivery.Status.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status must be PENDING, DELIVERED or FAILED");
        }
    }
}
