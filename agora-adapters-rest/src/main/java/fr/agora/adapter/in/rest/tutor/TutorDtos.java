package fr.agora.adapter.in.rest.tutor;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/** Request and response bodies of the tutor links. */
public final class TutorDtos {

    private TutorDtos() {
    }

    @Schema(description = "A personal link for the tutor of the student's placement in that period")
    public record TutorLinkRequest(@NotNull @Pattern(regexp = "P[1-6]") @Schema(example = "P3") String period,
                                   @NotNull @Min(1) @Max(90) @Schema(example = "30") Integer validDays) {
    }

    /** {@code url} and {@code token} are given once, at creation; afterwards only the link's state is readable. */
    public record TutorLinkResponse(String id, String studentId, String period, String tutorEmail, Instant createdAt, Instant expiresAt,
                                    String state, Instant revokedAt, Instant submittedAt, String appreciation, String url, String token) {
    }
}
