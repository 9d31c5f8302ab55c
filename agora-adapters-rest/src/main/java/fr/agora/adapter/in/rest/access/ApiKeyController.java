package fr.agora.adapter.in.rest.access;

import fr.agora.adapter.in.rest.http.PageQuery;
import fr.agora.adapter.in.rest.access.AccessDtos.IssueKeyRequest;
import fr.agora.adapter.in.rest.access.AccessDtos.ApiKeySummaryResponse;
import fr.agora.adapter.in.rest.access.AccessDtos.IssuedKeyResponse;
import fr.agora.adapter.in.rest.school.SchoolDtos.PageResponse;
import fr.agora.application.port.in.access.ApiKeySummary;
import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.access.ListApiKeysCommand;
import fr.agora.application.port.in.access.ListApiKeysUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API keys of a school's clients (school admin): list them, issue one, revoke one. Authentication itself is the filter's job. */
@RestController
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "Schools", description = "Cohorts, PFMP periods, students, SIECLE import, placements, API keys (bearer API key required)")
public class ApiKeyController {

    private final IssueApiKeyUseCase keys;
    private final ListApiKeysUseCase list;

    public ApiKeyController(IssueApiKeyUseCase keys, ListApiKeysUseCase list) {
        this.keys = keys;
        this.list = list;
    }

    @GetMapping("/api-keys")
    @Operation(operationId = "listApiKeys", summary = "List the school's API keys, newest first (school admin; paginated)",
            description = "Id, role, subject, label, creation date and whether it is revoked; never the secret nor its hash. "
                    + "The last use of a key is not tracked.")
    public PageResponse<ApiKeySummaryResponse> listApiKeys(@PathVariable String uai, @Parameter(hidden = true) Caller caller, PageQuery paging) {
        Page<ApiKeySummary> p = list.list(new ListApiKeysCommand(caller, paging.page(), paging.size()));
        return new PageResponse<>(p.items().stream().map(k -> new ApiKeySummaryResponse(k.keyId(), k.role().name(), k.subject(), k.label(),
                k.createdAt(), k.revoked())).toList(), p.page(), p.size(), p.total());
    }

    @PostMapping("/api-keys")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "The key, its secret shown once; `Location` is the key")
    @Operation(operationId = "issueApiKey", summary = "Issue an API key of this school (school admin)",
            description = "The token is shown once; only its hash is stored. A TUTOR key's subject is the tutor's e-mail.")
    public ResponseEntity<IssuedKeyResponse> issueKey(@PathVariable String uai, @Parameter(hidden = true) Caller caller,
                                                      @Valid @RequestBody IssueKeyRequest r) {
        IssueApiKeyUseCase.IssuedKey k = keys.issue(new IssueApiKeyUseCase.Command(caller, Caller.Role.valueOf(r.role()), r.subject(), r.label()));
        return ResponseEntity.created(org.springframework.web.util.UriComponentsBuilder
                        .fromPath("/api/v1/establishments/{uai}/api-keys/{keyId}").buildAndExpand(k.uai().value(), k.keyId()).toUri())
                .body(new IssuedKeyResponse(k.keyId(), k.role().name(), k.subject(), k.token()));
    }

    @DeleteMapping("/api-keys/{keyId}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key of this school (school admin); its access tokens stop working too")
    public ResponseEntity<Void> revokeKey(@PathVariable String uai, @PathVariable String keyId, @Parameter(hidden = true) Caller caller) {
        keys.revoke(caller, keyId);
        return ResponseEntity.noContent().build();
    }
}
