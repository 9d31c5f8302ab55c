package fr.agora.adapter.in.rest.casev1p1;

import fr.agora.adapter.in.rest.http.ETags;
import fr.agora.domain.shared.Sha256;
import fr.agora.application.port.in.casev1p1.ExportCaseUseCase;
import fr.agora.application.port.in.casev1p1.ExportCaseUseCase.Exported;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import fr.agora.domain.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The read side of the 1EdTech CASE 1.1 REST binding, for the published référentiel versions and the CRCN.
 *
 * <p>Errors are RFC 9457 {@code application/problem+json} like everywhere in this API, not the CASE
 * {@code imsx_StatusInfo} shape: one error format for every client of the product (see {@code docs/case.md}).
 * Representations carry a strong {@code ETag} (the content version, the base URL the {@code uri}s are built on and
 * the resource) and {@code Cache-Control}; {@code If-None-Match} answers 304 without building the body. The responses
 * every read shares (304; 400 and 404 for a read by identifier) are documented once, by {@code CaseConfiguration}.
 */
@RestController
@RequestMapping("/ims/case/v1p1")
@Tag(name = "CASE", description = "The référentiel and the CRCN as 1EdTech CASE 1.1 frameworks (read only)")
public class CaseController {

    /** A package or an item never changes under its identifier unless the export mapping does. */
    static final CacheControl ONE_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    /** The list grows when a référentiel version is published. */
    static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ExportCaseUseCase cases;
    private final String configuredBaseUrl;

    public CaseController(ExportCaseUseCase cases, @Value("${agora.case.base-url:}") String configuredBaseUrl) {
        this.cases = cases;
        this.configuredBaseUrl = configuredBaseUrl;
    }

    @GetMapping("/CFDocuments")
    @Operation(operationId = "getAllCFDocuments", summary = "List the CASE frameworks (CFDocuments)",
            description = "One CFDocument per published référentiel version, plus the CRCN. Each carries its "
                    + "CFPackageURI. `uri` fields are absolute, built on the request's base URL (or "
                    + "`agora.case.base-url` when set).")
    @ApiResponse(responseCode = "200", description = "{\"CFDocuments\": [...]}; `X-Total-Count` is the number of documents",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "X-Total-Count", description = "Documents in all pages",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer")))
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)")
    public ResponseEntity<CaseJson.CFDocumentSet> documents(
            @Parameter(description = "At most this many documents (CASE 1.1 paging)", example = "100")
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "Skip this many documents first (CASE 1.1 paging)", example = "0")
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            HttpServletRequest request) {
        // CASE 1.1 also names sort, orderBy, filter and fields: not supported here, so refused rather than ignored
        for (String name : request.getParameterMap().keySet()) {
            if (!PAGING.contains(name)) {
                throw new InvalidInputException("unknown-parameter", name, "unknown query parameter '" + name
                        + "'; CFDocuments accepts " + PAGING, java.util.Map.of());
            }
        }
        Exported<java.util.List<fr.agora.domain.interop.casev1p1.CasePackage.Document>> all = cases.documents();
        int total = all.value().size();
        ResponseEntity<CaseJson.CFDocumentSet> r = answer(request, all, FIVE_MINUTES, (m, docs) -> new CaseJson.CFDocumentSet(
                docs.stream().skip(offset).limit(limit).map(m::document).toList()));
        return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders())
                .header("X-Total-Count", String.valueOf(total)).body(r.getBody());
    }

    private static final java.util.Set<String> PAGING = java.util.Set.of("limit", "offset");

    @GetMapping("/CFDocuments/{sourcedId}")
    @Operation(operationId = "getCFDocument", summary = "One CFDocument", description = "The framework's document, with its CFPackageURI.")
    @ApiResponse(responseCode = "200", description = "The CFDocument")
    public ResponseEntity<CaseJson.CFDocument> document(
            @Parameter(description = "The CFDocument identifier (UUID)") @PathVariable UUID sourcedId,
            HttpServletRequest request) {
        return answer(request, cases.document(sourcedId), ONE_HOUR, CaseJsonMapper::document);
    }

    @GetMapping("/CFPackages/{sourcedId}")
    @Operation(operationId = "getCFPackage", summary = "A whole framework (CFPackage)",
            description = "The CFDocument with its CFItems (blocs, activités, compétences — or the 16 CRCN "
                    + "competencies), CFAssociations (isChildOf down the tree, isRelatedTo from activités to the CRCN), "
                    + "CFDefinitions (the item types) and CFRubrics (one per compétence: its critères d'évaluation on "
                    + "the four LSL degrees). `sourcedId` is the CFDocument identifier.")
    @ApiResponse(responseCode = "200", description = "{\"CFDocument\":…, \"CFItems\":[…], \"CFAssociations\":[…], "
            + "\"CFDefinitions\":{…}, \"CFRubrics\":[…]}")
    public ResponseEntity<CaseJson.CFPackage> casePackage(
            @Parameter(description = "The CFDocument identifier (UUID)") @PathVariable UUID sourcedId,
            HttpServletRequest request) {
        return answer(request, cases.casePackage(sourcedId), ONE_HOUR, CaseJsonMapper::casePackage);
    }

    @GetMapping("/CFItems/{sourcedId}")
    @Operation(operationId = "getCFItem", summary = "One CFItem", description = "A bloc, activité, compétence or CRCN competency; "
            + "humanCodingScheme is its code (e.g. 2.2.4), fullStatement its label.")
    @ApiResponse(responseCode = "200", description = "The CFItem, with its CFDocumentURI")
    public ResponseEntity<CaseJson.CFItem> item(
            @Parameter(description = "The CFItem identifier (UUID)") @PathVariable UUID sourcedId,
            HttpServletRequest request) {
        return answer(request, cases.item(sourcedId), ONE_HOUR, CaseJsonMapper::item);
    }

    @GetMapping("/CFItemAssociations/{sourcedId}")
    @Operation(operationId = "getCFItemAssociations", summary = "One CFItem and its associations",
            description = "Every association the item is the origin or the destination of, in any framework "
                    + "(a CRCN item lists the isRelatedTo of the activités that mobilise it).")
    @ApiResponse(responseCode = "200", description = "{\"CFItem\":…, \"CFAssociations\":[…]}")
    public ResponseEntity<CaseJson.CFItemAssociations> itemAssociations(
            @Parameter(description = "The CFItem identifier (UUID)") @PathVariable UUID sourcedId,
            HttpServletRequest request) {
        return answer(request, cases.itemAssociations(sourcedId), ONE_HOUR, CaseJsonMapper::itemAssociations);
    }

    @GetMapping("/CFAssociations/{sourcedId}")
    @Operation(operationId = "getCFAssociation", summary = "One CFAssociation", description = "isChildOf (tree) or isRelatedTo (activité → CRCN).")
    @ApiResponse(responseCode = "200", description = "The CFAssociation")
    public ResponseEntity<CaseJson.CFAssociation> association(
            @Parameter(description = "The CFAssociation identifier (UUID)") @PathVariable UUID sourcedId,
            HttpServletRequest request) {
        return answer(request, cases.association(sourcedId), ONE_HOUR, CaseJsonMapper::association);
    }

    @GetMapping("/CFRubrics/{sourcedId}")
    @Operation(operationId = "getCFRubric", summary = "One CFRubric", description = "A compétence's critères d'évaluation, each on the four "
            + "degrees of the livret scolaire (LSL).")
    @ApiResponse(responseCode = "200", description = "The CFRubric with its CFRubricCriteria and their levels")
    public ResponseEntity<CaseJson.CFRubric> rubric(
            @Parameter(description = "The CFRubric identifier (UUID)") @PathVariable UUID sourcedId,
            HttpServletRequest request) {
        return answer(request, cases.rubric(sourcedId), ONE_HOUR, CaseJsonMapper::rubric);
    }

    @GetMapping("/CFItemTypes/{sourcedId}")
    @Operation(operationId = "getCFItemType", summary = "One CFItemType", description = "Bloc de compétences, Activité, Compétence or "
            + "Compétence numérique (CRCN).")
    @ApiResponse(responseCode = "200", description = "The CFItemType")
    public ResponseEntity<CaseJson.CFItemType> itemType(
            @Parameter(description = "The CFItemType identifier (UUID)") @PathVariable UUID sourcedId,
            HttpServletRequest request) {
        return answer(request, cases.itemType(sourcedId), ONE_HOUR, CaseJsonMapper::itemType);
    }

    private <T, R> ResponseEntity<R> answer(HttpServletRequest request, Exported<T> exported, CacheControl cache,
                                            BiFunction<CaseJsonMapper, T, R> body) {
        String baseUrl = baseUrl();
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String etag = etag(exported.contentVersion(), baseUrl, request.getRequestURI() + query);
        if (ETags.noneMatchHits(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(body.apply(new CaseJsonMapper(baseUrl),
                exported.value()));
    }

    private String baseUrl() {
        if (!configuredBaseUrl.isBlank()) {
            return configuredBaseUrl;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /** A strong entity tag: the representation is a function of these three values and nothing else. */
    static String etag(String contentVersion, String baseUrl, String resource) {
        return ETags.strong(Sha256.hex(contentVersion + "\n" + baseUrl + "\n" + resource).substring(0, 32)); // 16 bytes
    }
}
