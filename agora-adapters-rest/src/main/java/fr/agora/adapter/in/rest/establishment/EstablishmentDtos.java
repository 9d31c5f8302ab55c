package fr.agora.adapter.in.rest.establishment;

import fr.agora.adapter.in.rest.access.AccessDtos.IssuedKeyResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The JSON shapes of the platform operator's establishment endpoints (never domain types). */
public final class EstablishmentDtos {

    private EstablishmentDtos() {
    }

    /** {@code uai} and {@code name} are bounded by their columns ({@code eval_establishment}: VARCHAR(8), VARCHAR(200)). */
    @Schema(name = "NewEstablishmentRequest", description = "A school to create: its UAI (7 digits and the check letter) and its name")
    public record NewEstablishmentRequest(
            @NotBlank @Size(max = 8) @Pattern(regexp = "^[0-9]{7}[A-Za-z]$", message = "must be 7 digits and a letter, e.g. 0750654D")
            @Schema(example = "0750654D", description = "UAI; its letter must be the check key of the digits (750654 mod 23 = 3 → D)")
            String uai,
            @NotBlank @Size(max = 200) @Schema(example = "Lycée Louis-le-Grand") String name) {
    }

    @Schema(name = "EstablishmentResponse", description = "A school as the platform knows it")
    public record EstablishmentResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0750654D") String uai,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Lycée Louis-le-Grand") String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ENABLED", "DISABLED"},
                    description = "DISABLED: every key and access token of the school is refused (403 establishment-disabled)")
            String status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
            @Schema(description = "Since when the school is disabled; absent while it is enabled") Instant disabledAt) {
    }

    @Schema(name = "CreatedEstablishmentResponse", description = "The school just created and its first SCHOOL_ADMIN key, "
            + "whose token is shown once (only its hash is stored)")
    public record CreatedEstablishmentResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) EstablishmentResponse establishment,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) IssuedKeyResponse adminKey) {
    }
}
