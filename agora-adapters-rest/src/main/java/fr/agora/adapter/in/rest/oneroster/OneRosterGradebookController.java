package fr.agora.adapter.in.rest.oneroster;

import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterCategories;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterCategoryEnvelope;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterLineItemEnvelope;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterLineItems;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterResultEnvelope;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterResults;
import fr.agora.application.port.in.oneroster.ReadGradebookUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.interop.oneroster.Gradebook;
import fr.agora.domain.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * OneRoster 1.2 Gradebook service, read endpoints (docs/oneroster.md): categories (blocs), line items (compétence ×
 * PFMP period × cohort) and results (student × compétence × period), each by {@code sourcedId}, with the binding's
 * pagination ({@code X-Total-Count}, {@code Link}), filtering, sorting and field selection. The school is the
 * access token's. Errors are this API's problem+json (decision in docs/oneroster.md).
 */
@RestController
@RequestMapping(path = OneRosterRestMapper.GRADEBOOK, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "OneRoster", description = "OneRoster 1.2 Gradebook (read): PFMP results by compétence and period, keyed by CASE identifiers (OAuth 2 bearer token)")
public class OneRosterGradebookController {

    static final Set<String> CATEGORY_FIELDS = Set.of("sourcedId", "status", "dateLastModified", "title", "weight");
    static final Set<String> LINE_ITEM_FIELDS = Set.of("sourcedId", "status", "dateLastModified", "title", "description", "assignDate", "dueDate",
            "class", "school", "category", "resultValueMin", "resultValueMax", "learningObjectiveSet");
    static final Set<String> RESULT_FIELDS = Set.of("sourcedId", "status", "dateLastModified", "lineItem", "student", "class", "scoreStatus",
            "score", "textScore", "scoreDate", "learningObjectiveSet");

    private final ReadGradebookUseCase gradebook;
    private final ObjectMapper json;
    private final ZoneId schoolZone;
    private final String configuredBaseUrl;

    public OneRosterGradebookController(ReadGradebookUseCase gradebook, ObjectMapper json, Clock clock,
                                        @Value("${agora.oneroster.base-url:${agora.case.base-url:}}") String configuredBaseUrl) {
        this.gradebook = gradebook;
        this.json = json;
        this.schoolZone = clock.getZone();
        this.configuredBaseUrl = configuredBaseUrl;
    }

    /** Where {@code href}s point: the configured public address (so a forged Host never reaches an answer), else the request's. */
    private String base() {
        return configuredBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : configuredBaseUrl;
    }

    @GetMapping("/categories")
    @Operation(operationId = "getAllOneRosterCategories", summary = "Categories: one per bloc de compétences")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OneRosterCategories.class)))
    public ResponseEntity<JsonNode> getAllOneRosterCategories(@Parameter(hidden = true) Caller caller, HttpServletRequest request,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String orderBy, @RequestParam(required = false) String filter, @RequestParam(required = false) String fields) {
        OneRosterQuery q = OneRosterQuery.parse(CATEGORY_FIELDS, limit, offset, sort, orderBy, filter, fields);
        return collection(request, q, "categories", gradebook.gradebook(caller).categories().stream().map(OneRosterRestMapper::category).toList());
    }

    @GetMapping("/categories/{sourcedId}")
    @Operation(operationId = "getOneRosterCategory", summary = "One category by sourcedId")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OneRosterCategoryEnvelope.class)))
    public ResponseEntity<JsonNode> getOneRosterCategory(@Parameter(hidden = true) Caller caller, @PathVariable String sourcedId,
                                                         @RequestParam(required = false) String fields) {
        Gradebook.Category c = find(gradebook.gradebook(caller).categories(), x -> x.sourcedId().equals(sourcedId), "category", sourcedId);
        return single("category", OneRosterRestMapper.category(c), OneRosterQuery.parse(CATEGORY_FIELDS, null, null, null, null, null, fields));
    }

    @GetMapping("/lineItems")
    @Operation(operationId = "getAllOneRosterLineItems", summary = "Line items: one per compétence × PFMP period × cohort, with its CASE item")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OneRosterLineItems.class)))
    public ResponseEntity<JsonNode> getAllOneRosterLineItems(@Parameter(hidden = true) Caller caller, HttpServletRequest request,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String orderBy, @RequestParam(required = false) String filter, @RequestParam(required = false) String fields) {
        OneRosterQuery q = OneRosterQuery.parse(LINE_ITEM_FIELDS, limit, offset, sort, orderBy, filter, fields);
        Gradebook g = gradebook.gradebook(caller);
        return collection(request, q, "lineItems", g.lineItems().stream().map(l -> OneRosterRestMapper.lineItem(caller.uai(), l, base(), schoolZone)).toList());
    }

    @GetMapping("/lineItems/{sourcedId}")
    @Operation(operationId = "getOneRosterLineItem", summary = "One line item by sourcedId")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OneRosterLineItemEnvelope.class)))
    public ResponseEntity<JsonNode> getOneRosterLineItem(@Parameter(hidden = true) Caller caller, @PathVariable String sourcedId,
                                                         @RequestParam(required = false) String fields) {
        Gradebook.LineItem l = find(gradebook.gradebook(caller).lineItems(), x -> x.sourcedId().equals(sourcedId), "lineItem", sourcedId);
        return single("lineItem", OneRosterRestMapper.lineItem(caller.uai(), l, base(), schoolZone), OneRosterQuery.parse(LINE_ITEM_FIELDS, null, null, null, null, null, fields));
    }

    @GetMapping("/results")
    @Operation(operationId = "getAllOneRosterResults", summary = "Results: one per student × compétence × period evaluated; score = level rank, textScore = level code")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OneRosterResults.class)))
    public ResponseEntity<JsonNode> getAllOneRosterResults(@Parameter(hidden = true) Caller caller, HttpServletRequest request,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String orderBy, @RequestParam(required = false) String filter, @RequestParam(required = false) String fields) {
        OneRosterQuery q = OneRosterQuery.parse(RESULT_FIELDS, limit, offset, sort, orderBy, filter, fields);
        return collection(request, q, "results", gradebook.gradebook(caller).results().stream().map(r -> OneRosterRestMapper.result(r, base())).toList());
    }

    @GetMapping("/results/{sourcedId}")
    @Operation(operationId = "getOneRosterResult", summary = "One result by sourcedId")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OneRosterResultEnvelope.class)))
    public ResponseEntity<JsonNode> getOneRosterResult(@Parameter(hidden = true) Caller caller, @PathVariable String sourcedId,
                                                       @RequestParam(required = false) String fields) {
        Gradebook.Result r = find(gradebook.gradebook(caller).results(), x -> x.sourcedId().equals(sourcedId), "result", sourcedId);
        return single("result", OneRosterRestMapper.result(r, base()), OneRosterQuery.parse(RESULT_FIELDS, null, null, null, null, null, fields));
    }

    @GetMapping("/classes/{classSourcedId}/results")
    @Operation(operationId = "getOneRosterResultsForClass", summary = "The results of one class (cohort)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OneRosterResults.class)))
    public ResponseEntity<JsonNode> getOneRosterResultsForClass(@Parameter(hidden = true) Caller caller, HttpServletRequest request,
            @PathVariable String classSourcedId,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String orderBy, @RequestParam(required = false) String filter, @RequestParam(required = false) String fields) {
        OneRosterQuery q = OneRosterQuery.parse(RESULT_FIELDS, limit, offset, sort, orderBy, filter, fields);
        Gradebook g = gradebook.gradebook(caller);
        if (g.lineItems().stream().noneMatch(l -> l.classSourcedId().equals(classSourcedId))) {
            throw new NotFoundException("oneroster-not-found", "class", classSourcedId);
        }
        return collection(request, q, "results", g.results().stream().filter(r -> r.classSourcedId().equals(classSourcedId))
                .map(r -> OneRosterRestMapper.result(r, base())).toList());
    }

    private static <T> T find(List<T> all, Predicate<T> match, String what, String id) {
        return all.stream().filter(match).findFirst().orElseThrow(() -> new NotFoundException("oneroster-not-found", what, id));
    }

    private ResponseEntity<JsonNode> single(String name, Object dto, OneRosterQuery q) {
        ObjectNode body = json.createObjectNode();
        body.set(name, q.page(List.of(json.valueToTree(dto))).get(0));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private ResponseEntity<JsonNode> collection(HttpServletRequest request, OneRosterQuery q, String name, List<?> dtos) {
        List<JsonNode> selected = q.select(dtos.stream().map(d -> (JsonNode) json.valueToTree(d)).toList());
        ObjectNode body = json.createObjectNode();
        body.putArray(name).addAll(q.page(selected));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("X-Total-Count", Integer.toString(selected.size()));
        String links = links(request, q, selected.size());
        if (!links.isEmpty()) ok.header("Link", links);
        return ok.body(body);
    }

    /** RFC 8288 links to the first, previous, next and last pages, as the binding asks. */
    static String links(HttpServletRequest request, OneRosterQuery q, int total) {
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        List<String> out = new java.util.ArrayList<>();
        int last = total == 0 ? 0 : ((total - 1) / q.limit()) * q.limit();
        out.add(link(base, q.limit(), 0, "first"));
        if (q.offset() > 0) out.add(link(base, q.limit(), Math.max(0, q.offset() - q.limit()), "prev"));
        if (q.offset() + q.limit() < total) out.add(link(base, q.limit(), q.offset() + q.limit(), "next"));
        out.add(link(base, q.limit(), last, "last"));
        return String.join(", ", out);
    }

    private static String link(UriComponentsBuilder base, int limit, int offset, String rel) {
        return "<" + base.cloneBuilder().replaceQueryParam("limit", limit).replaceQueryParam("offset", offset).build().toUriString() + ">; rel=\"" + rel + "\"";
    }
}
