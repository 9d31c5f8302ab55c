package fr.agora.adapter.in.rest.referentiel;

import fr.agora.domain.shared.Sha256;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.CompetencyDetailResponse;
import fr.agora.adapter.in.rest.http.PageQuery;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.CompetencyDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.EpreuveDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.ExamUnitDto;
import fr.agora.adapter.in.rest.school.SchoolDtos.PageResponse;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.ReferentielDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.VersionDto;
import fr.agora.application.port.in.referentiel.CompetencyDetail;
import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.GetCompetencyUseCase;
import fr.agora.application.port.in.referentiel.ListExamUnitsUseCase;
import fr.agora.application.port.in.referentiel.ListExamUnitsUseCase.ExamRegulation;
import fr.agora.application.port.in.referentiel.ListReferentielsUseCase;
import fr.agora.application.port.in.referentiel.ReferentielSummary;
import fr.agora.application.port.in.referentiel.SearchCompetenciesUseCase;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.ObjectMapper;

/**
 * The published référentiel, read-only: versions, the whole tree, competencies (filtered, or one with everything
 * attached) and the exam units. Every answer carries a strong {@code ETag} and {@code Cache-Control: public};
 * {@code If-None-Match} with the current tag answers 304 without a body (Spring checks it on the returned entity).
 */
@RestController
@RequestMapping("/api/v1/referentiels")
@Tag(name = "Referentiel", description = "The published versions of the référentiel of the Bac Pro AGOrA, read-only and cacheable")
public class ReferentielController {

    private static final Set<String> SEARCH_PARAMETERS = Set.of("bloc", "activity", "crcn", "q", "page", "size");

    private final ListReferentielsUseCase list;
    private final FindReferentielUseCase find;
    private final SearchCompetenciesUseCase search;
    private final GetCompetencyUseCase competency;
    private final ListExamUnitsUseCase examUnits;
    private final ReferentielRestMapper mapper;
    private final RenderedRepresentations rendered;

    public ReferentielController(ListReferentielsUseCase list, FindReferentielUseCase find,
            SearchCompetenciesUseCase search, GetCompetencyUseCase competency, ListExamUnitsUseCase examUnits,
            ReferentielRestMapper mapper, ObjectMapper json) {
        this.rendered = new RenderedRepresentations(json);
        this.list = list;
        this.find = find;
        this.search = search;
        this.competency = competency;
        this.examUnits = examUnits;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(operationId = "listReferentielVersions", summary = "List the published versions",
            description = "Id, version, title, CFD, date of the arrêté, checksum (SHA-256 of the data, also the ETag of "
                    + "the version's resources), publication time and the sizes of the tree. Oldest first; paged in memory "
                    + "(a handful of versions).")
    @ApiResponse(responseCode = "200", description = "The versions", headers = {
            @Header(name = "ETag", description = "Strong tag over the ids and checksums listed and the page"),
            @Header(name = "Cache-Control", description = "public, max-age=60")})
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match matched the current ETag)")
    public ResponseEntity<PageResponse<VersionDto>> versions(PageQuery paging) {
        List<ReferentielSummary> versions = list.list();
        String ids = versions.stream().map(v -> v.id() + ":" + v.checksum()).collect(Collectors.joining(","));
        return ResponseEntity.ok().eTag(ReferentielCaching.etag(Sha256.hex(ids + "|" + paging.page() + "|" + paging.size())))
                .cacheControl(ReferentielCaching.VERSIONS)
                .body(PageResponse.of(paging.slice(versions), mapper::toDto));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getReferentiel", summary = "One version, the whole tree",
            description = "Blocs → activities → situations and competencies (criteria of the matrice 000/004 and of the "
                    + "PFMP grid 003, savoirs with their indications, exemples, PGI modules), CRCN, épreuves and units, "
                    + "champ d'activité, and the discrepancies between seeds with both versions quoted. Every item "
                    + "keeps its source (seed file and section).")
    @ApiResponse(responseCode = "200", description = "The tree",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferentielDto.class)), headers = {
            @Header(name = "ETag", description = "The version's checksum, quoted"),
            @Header(name = "Cache-Control", description = "public, max-age=3600")})
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match matched the current ETag)")
    @ApiResponse(responseCode = "404", description = "No published version has this id (unknown-referentiel)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<byte[]> referentiel(
            @Parameter(description = "Version id", example = "agora-2020") @PathVariable String id) {
        Referentiel r = find.referentiel(id);
        return versionResource(r.checksum(), "tree", () -> mapper.toDto(r));
    }

    @GetMapping("/{id}/competencies")
    @Operation(operationId = "listCompetencies", summary = "Search the competencies of a version",
            description = "Filters combine (AND). `q` is full text, accent- and case-insensitive (`tresorerie` finds "
                    + "« trésorerie »): every word must appear in the label, the criteria (both sources), the savoirs "
                    + "(labels and indications) or the exemples concrets. A filter naming a bloc, activity or CRCN code "
                    + "that the version does not have, a malformed value or an unknown parameter is a 400 naming it.")
    @ApiResponse(responseCode = "200", description = "The competencies found, in référentiel order (paged in memory: a version has about fifty)", headers = {
            @Header(name = "ETag", description = "The version's checksum and a hash of the canonical filters and the page"),
            @Header(name = "Cache-Control", description = "public, max-age=3600")})
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match matched the current ETag)")
    @ApiResponse(responseCode = "400", description = "Malformed or unknown filter; the problem's `field` names the parameter",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No published version has this id (unknown-referentiel)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<PageResponse<CompetencyDto>> competencies(
            @Parameter(description = "Version id", example = "agora-2020") @PathVariable String id,
            @Parameter(description = "Bloc number", example = "2") @RequestParam(required = false) Integer bloc,
            @Parameter(description = "Activity code", example = "2.2") @RequestParam(required = false) String activity,
            @Parameter(description = "CRCN code of the competency's activity", example = "3.1")
            @RequestParam(required = false) String crcn,
            @Parameter(description = "Full text, accent- and case-insensitive; every word must match",
                    example = "tresorerie") @RequestParam(required = false) String q,
            PageQuery paging, WebRequest request) {
        refuseUnknownParameters(request);
        SearchCompetenciesUseCase.Result r = search.search(new SearchCompetenciesUseCase.Query(id, bloc, activity, crcn, q));
        return ResponseEntity.ok().eTag(ReferentielCaching.etag(r.checksum(), r.query().canonical() + "|" + paging.page() + "|" + paging.size()))
                .cacheControl(ReferentielCaching.VERSION).body(PageResponse.of(paging.slice(r.competencies()), mapper::toDto));
    }

    @GetMapping("/{id}/competencies/{code}")
    @Operation(operationId = "getCompetency", summary = "One competency with everything attached",
            description = "Its bloc and activity, the situations that exercise it, its criteria per source, savoirs, "
                    + "exemples concrets, PGI modules, the CRCN competencies of its activity, the exam units certifying "
                    + "its bloc, and the discrepancies about it, its activity or its situations.")
    @ApiResponse(responseCode = "200", description = "The competency",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CompetencyDetailResponse.class)), headers = {
            @Header(name = "ETag", description = "The version's checksum, quoted"),
            @Header(name = "Cache-Control", description = "public, max-age=3600")})
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match matched the current ETag)")
    @ApiResponse(responseCode = "400", description = "Malformed code (expected e.g. 2.2.4); `field` is `code`",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown version (unknown-referentiel) or competency (unknown-competency, `id` is the code)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<byte[]> competency(
            @Parameter(description = "Version id", example = "agora-2020") @PathVariable String id,
            @Parameter(description = "Competency code", example = "2.2.4") @PathVariable String code) {
        CompetencyDetail d = competency.get(new GetCompetencyUseCase.Query(id, code));
        return versionResource(d.checksum(), "competencies/" + d.competency().code(), () -> mapper.toResponse(d));
    }

    @GetMapping("/{id}/exam-units")
    @Operation(operationId = "listExamUnits", summary = "The exam units of a version's règlement d'examen",
            description = "The units (U11 … U7): épreuve, coefficient, certified bloc (professional units), mode and duration "
                    + "per candidate category, source. Paged in memory (a dozen units); the épreuves are `listEpreuves`.")
    @ApiResponse(responseCode = "200", description = "The units, in règlement order", headers = {
            @Header(name = "ETag", description = "The version's checksum and the page"),
            @Header(name = "Cache-Control", description = "public, max-age=3600")})
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match matched the current ETag)")
    @ApiResponse(responseCode = "404", description = "No published version has this id (unknown-referentiel)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<PageResponse<ExamUnitDto>> examUnits(
            @Parameter(description = "Version id", example = "agora-2020") @PathVariable String id, PageQuery paging) {
        ExamRegulation r = examUnits.examUnits(id);
        return ResponseEntity.ok().eTag(ReferentielCaching.etag(r.checksum(), "exam-units|" + paging.page() + "|" + paging.size()))
                .cacheControl(ReferentielCaching.VERSION).body(PageResponse.of(paging.slice(r.units()), mapper::toDto));
    }

    @GetMapping("/{id}/epreuves")
    @Operation(operationId = "listEpreuves", summary = "The épreuves of a version's règlement d'examen",
            description = "The épreuves (E1 … E7): title, coefficient, the units they are made of, source. Paged in memory (seven).")
    @ApiResponse(responseCode = "200", description = "The épreuves, in règlement order", headers = {
            @Header(name = "ETag", description = "The version's checksum and the page"),
            @Header(name = "Cache-Control", description = "public, max-age=3600")})
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match matched the current ETag)")
    @ApiResponse(responseCode = "404", description = "No published version has this id (unknown-referentiel)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<PageResponse<EpreuveDto>> epreuves(
            @Parameter(description = "Version id", example = "agora-2020") @PathVariable String id, PageQuery paging) {
        ExamRegulation r = examUnits.examUnits(id);
        return ResponseEntity.ok().eTag(ReferentielCaching.etag(r.checksum(), "epreuves|" + paging.page() + "|" + paging.size()))
                .cacheControl(ReferentielCaching.VERSION).body(PageResponse.of(paging.slice(r.epreuves()), mapper::toDto));
    }

    /** A version's resource: its JSON rendered once (see {@link RenderedRepresentations}), tagged by the checksum. */
    private ResponseEntity<byte[]> versionResource(String checksum, String resource, Supplier<?> body) {
        return ResponseEntity.ok().eTag(ReferentielCaching.etag(checksum)).cacheControl(ReferentielCaching.VERSION)
                .contentType(MediaType.APPLICATION_JSON).body(rendered.render(checksum, resource, body));
    }

    /** A misspelt filter ({@code blok=2}) would silently select everything: refuse it, naming it. */
    private static void refuseUnknownParameters(WebRequest request) {
        for (Iterator<String> names = request.getParameterNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SEARCH_PARAMETERS.contains(name)) {
                throw new InvalidInputException(name, "unknown parameter '" + name + "'; the filters are "
                        + SEARCH_PARAMETERS.stream().sorted().toList());
            }
        }
    }
}
