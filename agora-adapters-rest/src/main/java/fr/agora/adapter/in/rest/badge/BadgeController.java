package fr.agora.adapter.in.rest.badge;

import fr.agora.adapter.in.rest.badge.BadgeDtos.BadgeIssuedResponse;
import fr.agora.adapter.in.rest.badge.BadgeDtos.BadgeIssuerProfile;
import fr.agora.application.port.in.badge.GetBadgeCommand;
import fr.agora.application.port.in.badge.GetBadgeIssuerUseCase;
import fr.agora.application.port.in.badge.GetBadgeUseCase;
import fr.agora.application.port.in.badge.IssueBadgeCommand;
import fr.agora.application.port.in.badge.IssueBadgeUseCase;
import fr.agora.application.port.in.badge.RevokeBadgeCommand;
import fr.agora.application.port.in.badge.RevokeBadgeUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.Uai;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open Badges 3.0 for competencies reached: issue and revoke (teacher or school admin, API key), and the public
 * resources any verifier needs — the issuer profile, the JWK Set and the signed Bitstring Status List.
 */
@RestController
@Validated
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "Open Badges", description = "OB 3.0 credentials (VC-JWT) for competencies reached; public key set and status list")
public class BadgeController {

    /** RFC 7517 §8.5. */
    static final String JWK_SET = "application/jwk-set+json";
    /** A JWT-secured Verifiable Credential (VC-JOSE-COSE §6.1). */
    static final String VC_JWT = "application/vc+jwt";

    private final IssueBadgeUseCase issue;
    private final RevokeBadgeUseCase revoke;
    private final GetBadgeUseCase read;
    private final GetBadgeIssuerUseCase issuer;

    public BadgeController(IssueBadgeUseCase issue, RevokeBadgeUseCase revoke, GetBadgeUseCase read, GetBadgeIssuerUseCase issuer) {
        this.issue = issue;
        this.revoke = revoke;
        this.read = read;
        this.issuer = issuer;
    }

    @PostMapping("/students/{studentId}/competencies/{competency}/badges")
    @Operation(operationId = "issueCompetencyBadge", summary = "Issue the Open Badges 3.0 credential of a competency reached",
            description = "Teacher or school admin. The competency must be proficient under the school's aggregation policy and "
                    + "every evaluation that made the score made or validated by a teacher (else 422). Answers the record and the "
                    + "signed OpenBadgeCredential (compact VC-JWT, RS256) aligned to the competency's CASE CFItem.")
    @ApiResponse(responseCode = "201", description = "Issued; `Location` is the badge's record")
    @ApiResponse(responseCode = "422", description = "Competency not reached, or not validated by a teacher")
    public ResponseEntity<BadgeIssuedResponse> issueBadge(@PathVariable String uai, @PathVariable @Size(max = 64) String studentId,
                                                          @PathVariable @Size(max = 32) String competency,
                                                          @Parameter(hidden = true) Caller caller) {
        IssueBadgeUseCase.Issued issued = issue.issue(new IssueBadgeCommand(caller, studentId, competency, base()));
        return ResponseEntity.created(URI.create("/api/v1/establishments/" + caller.uai() + "/badges/" + issued.badge().id()))
                .body(BadgeIssuedResponse.of(issued.badge(), issued.credentialJwt()));
    }

    @GetMapping("/badges/{badgeId}")
    @Operation(operationId = "getBadge", summary = "The record of an issued badge (teacher or school admin)",
            description = "Student, competency, CASE item, status index, when and by whom it was issued, when revoked. The signed "
                    + "credential is not kept: it is in the answer to the issue only.")
    public BadgeIssuedResponse getBadge(@PathVariable String uai, @PathVariable @Size(max = 36) String badgeId,
                                        @Parameter(hidden = true) Caller caller) {
        return BadgeIssuedResponse.of(read.badge(new GetBadgeCommand(caller, badgeId)), null);
    }

    @PostMapping("/badges/{badgeId}/revocation")
    @Operation(operationId = "revokeBadge", summary = "Revoke a badge: its bit in the school's status list flips to 1",
            description = "Teacher or school admin. Revoking again keeps the first date.")
    public BadgeIssuedResponse revokeBadge(@PathVariable String uai, @PathVariable @Size(max = 36) String badgeId,
                                           @Parameter(hidden = true) Caller caller) {
        return BadgeIssuedResponse.of(revoke.revoke(new RevokeBadgeCommand(caller, badgeId)), null);
    }

    @GetMapping(path = "/badges/issuer", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getBadgeIssuerProfile", summary = "The issuer Profile (public, no key)")
    public BadgeIssuerProfile issuerProfile(@PathVariable @Pattern(regexp = "^[0-9]{7}[A-Z]$") String uai) {
        GetBadgeIssuerUseCase.IssuerProfile p = issuer.profile(Uai.of(uai), base());
        return new BadgeIssuerProfile(p.id(), List.of("Profile"), p.name());
    }

    @GetMapping(path = "/badges/jwks.json", produces = JWK_SET)
    @Operation(operationId = "getBadgeKeySet", summary = "The school's public signing key as a JWK Set (public, no key)")
    public Map<String, Object> keySet(@PathVariable @Pattern(regexp = "^[0-9]{7}[A-Z]$") String uai) {
        return BadgeKeySets.publicJwks(issuer.publicKey(Uai.of(uai)));
    }

    @GetMapping(path = "/badges/status-list", produces = VC_JWT)
    @Operation(operationId = "getBadgeStatusList", summary = "The signed Bitstring Status List (revocation) of the school (public, no key)")
    public String statusList(@PathVariable @Pattern(regexp = "^[0-9]{7}[A-Z]$") String uai) {
        return issuer.signedStatusList(Uai.of(uai), base());
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
