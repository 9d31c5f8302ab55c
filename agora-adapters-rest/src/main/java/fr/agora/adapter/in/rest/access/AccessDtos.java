package fr.agora.adapter.in.rest.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
}
