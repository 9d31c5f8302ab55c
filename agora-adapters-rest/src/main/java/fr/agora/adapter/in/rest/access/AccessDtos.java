package fr.agora.adapter.in.rest.access;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The JSON shapes of API keys (requests validated with Jakarta validation; responses never domain types). */
public final class AccessDtos {

    private AccessDtos() {
    }

    public record IssueKeyRequest(@NotNull @Pattern(regexp = "ENT_INTEGRATION|TEACHER|TUTOR|SCHOOL_ADMIN",
            message = "must be one of ENT_INTEGRATION, TEACHER, TUTOR, SCHOOL_ADMIN") String role,
                                  @NotBlank @Size(max = 200) String subject, @Size(max = 200) String label) {
    }

    public record IssuedKeyResponse(String keyId, String role, String subject, String token) {
    }

    /** A key as its school admin may read it: never the secret nor its hash. Last use is not tracked (no write per request). */
    @Schema(name = "ApiKeySummaryResponse", description = "An API key of the school, without its secret or hash")
    public record ApiKeySummaryResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3f2a9c0d4b5e6f71") String keyId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ENT_INTEGRATION", "TEACHER", "TUTOR", "SCHOOL_ADMIN"})
            String role,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "prof.martin") String subject,
            @Schema(example = "salle 12") String label,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean revoked) {
    }
}
