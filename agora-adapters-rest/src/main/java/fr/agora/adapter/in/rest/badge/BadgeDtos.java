package fr.agora.adapter.in.rest.badge;

import fr.agora.domain.badge.IssuedBadge;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Open Badges request/response bodies (names prefixed: springdoc keys schemas by simple name). */
public final class BadgeDtos {

    private BadgeDtos() {
    }

    @Schema(description = "A badge the school issued; `credential` (the signed VC-JWT) only in the answer to the issue")
    public record BadgeIssuedResponse(String id, String studentId, String referentielId, String competencyCode,
                                      @Schema(description = "The CASE CFItem identifier of the competency (same UUID as the CASE export)")
                                      String caseItemId, int statusIndex, Instant issuedAt, String issuedBy, Instant revokedAt,
                                      @Schema(description = "The OpenBadgeCredential as a compact VC-JWT (RS256)") String credential) {

        static BadgeIssuedResponse of(IssuedBadge b, String jwt) {
            return new BadgeIssuedResponse(b.id().toString(), b.studentId(), b.referentielId(), b.competencyCode(),
                    b.caseItemId().toString(), b.statusIndex(), b.issuedAt(), b.issuedBy(), b.revokedAt(), jwt);
        }
    }

    @Schema(description = "The issuer Profile of Open Badges 3.0: the school")
    public record BadgeIssuerProfile(@Schema(example = "https://agora.example/api/v1/establishments/0751234A/badges/issuer") String id,
                                     List<String> type, String name) {
    }
}
