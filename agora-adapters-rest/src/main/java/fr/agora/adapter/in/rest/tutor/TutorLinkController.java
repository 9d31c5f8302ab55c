package fr.agora.adapter.in.rest.tutor;

import fr.agora.adapter.in.rest.http.PageQuery;
import fr.agora.adapter.in.rest.school.SchoolDtos.PageResponse;
import fr.agora.adapter.in.rest.tutor.TutorDtos.TutorLinkRequest;
import fr.agora.adapter.in.rest.tutor.TutorDtos.TutorLinkResponse;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.tutor.CreateTutorLinkCommand;
import fr.agora.application.port.in.tutor.IssuedTutorLink;
import fr.agora.application.port.in.tutor.ManageTutorLinksUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The school's side of the tutor's page: create a personal link for a placement, list a student's links, revoke one. */
@RestController
@RequestMapping("/api/v1/establishments/{uai}/students/{studentId}/tutor-links")
@Tag(name = "Tutor links", description = "Personal links for the tutor's evaluation page (teachers and school admins)")
public class TutorLinkController {

    private final ManageTutorLinksUseCase links;
    private final Clock clock;

    public TutorLinkController(ManageTutorLinksUseCase links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created; `Location` is the student's tutor links; the body carries the secret URL once")
    @Operation(operationId = "createTutorLink", summary = "Create the tutor's personal link for the student's placement in a period",
            description = "The answer carries the link's secret URL once (only its SHA-256 is stored): send it to the tutor. "
                    + "404 when the student has no placement in that period.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(name = "P3", value = "{\"period\":\"P3\",\"validDays\":30}"))))
    public ResponseEntity<TutorLinkResponse> createTutorLink(@PathVariable String uai, @PathVariable String studentId,
                                                             @Parameter(hidden = true) Caller caller, @Valid @RequestBody TutorLinkRequest r) {
        IssuedTutorLink issued = links.create(new CreateTutorLinkCommand(caller, studentId, r.period(), r.validDays()));
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/tuteur/{token}").buildAndExpand(issued.token()).toUriString();
        return ResponseEntity.created(URI.create("/api/v1/establishments/" + caller.uai() + "/students/" + studentId + "/tutor-links"))
                .cacheControl(CacheControl.noStore())
                .body(TutorRestMapper.link(issued.link(), clock.instant(), url, issued.token()));
    }

    @GetMapping
    @Operation(operationId = "listTutorLinks", summary = "A student's tutor links: state (ACTIVE, EXPIRED, REVOKED), last submission and appreciation")
    public PageResponse<TutorLinkResponse> listTutorLinks(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller,
                                                          PageQuery paging) {
        return PageResponse.of(links.links(caller, studentId, paging.page(), paging.size()), l -> TutorRestMapper.link(l, clock.instant(), null, null));
    }

    @PostMapping("/{linkId}/revocation")
    @Operation(operationId = "revokeTutorLink", summary = "Revoke a tutor link (idempotent): the page then answers 410")
    public TutorLinkResponse revokeTutorLink(@PathVariable String uai, @PathVariable String studentId, @PathVariable String linkId,
                                             @Parameter(hidden = true) Caller caller) {
        return TutorRestMapper.link(links.revoke(caller, studentId, linkId), clock.instant(), null, null);
    }
}
