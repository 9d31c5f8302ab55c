package fr.agora.adapter.in.rest.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of webhook endpoints and their delivery log (every name prefixed, unique in the REST module). */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(example = "{\"url\":\"https://ent.example.fr/hooks/agora\",\"events\":[\"evaluation.recorded\",\"student.at_risk\"],"
            + "\"description\":\"ENT of the lycée\"}")
    public record WebhookEndpointRequest(
            @Schema(description = "https URL of the receiver; loopback and private addresses are refused") @NotBlank @Size(max = 2000) String url,
            @Schema(description = "evaluation.recorded, evaluation.validated, tutor_evaluation.submitted, period.closed, student.at_risk")
            @NotEmpty @Size(max = 5) List<@NotNull @Size(max = 40) String> events,
            @Size(max = 200) String description) {
    }

    /** {@code secret} is present in the answer to the registration only. */
    public record WebhookEndpointResponse(String id, String url, List<String> events, String description, boolean enabled,
                                          int consecutiveFailures, Instant disabledAt, String disabledReason, Instant createdAt,
                                          @Schema(description = "whsec_… signing secret: shown once, at registration") String secret) {
    }


    public record WebhookDeliveryResponse(String id, String endpointId, String messageId, String eventType, String orderingKey,
                                          String status, int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError,
                                          Instant createdAt, Instant deliveredAt, String replayOf,
                                          @Schema(description = "the exact body sent (and signed)") String payload) {
    }
}
