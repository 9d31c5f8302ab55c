package fr.agora.adapter.in.rest.coverage;

import fr.agora.domain.coverage.CohortCoverage;
import fr.agora.domain.coverage.CoverageMatrix;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.agora.adapter.in.rest.assessment.AssessmentRestMapper;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.AggregatedStateResponse;
import fr.agora.adapter.in.rest.coverage.CoverageDtos.CohortCoverageResponse;
import fr.agora.adapter.in.rest.coverage.CoverageDtos.StudentCoverageResponse;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.assessment.GetAggregatedStateUseCase;
import fr.agora.application.port.in.coverage.GetCohortCoverageUseCase;
import fr.agora.application.port.in.coverage.GetStudentCoverageUseCase;
import fr.agora.application.port.in.assessment.Policies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Coverage P1–P6": a student's matrix and the cohort heatmap, and the explained aggregated state they are made of
 * (the rule: {@code fr.agora.domain.coverage.CoverageMatrix}). Every query takes an optional policy override
 * ({@code policy} = LAST, BEST_OF_K, MEAN, GEOMETRIC_RECENCY, ARITHMETIC_RECENCY; {@code k}; {@code limit}).
 */
@RestController
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "Coverage", description = "Aggregated state, student and cohort coverage, exam readiness (bearer API key required)")
public class CoverageController {

    private final GetAggregatedStateUseCase state;
    private final GetStudentCoverageUseCase studentCoverage;
    private final GetCohortCoverageUseCase cohortCoverage;

    public CoverageController(GetAggregatedStateUseCase state, GetStudentCoverageUseCase studentCoverage,
                              GetCohortCoverageUseCase cohortCoverage) {
        this.state = state;
        this.studentCoverage = studentCoverage;
        this.cohortCoverage = cohortCoverage;
    }

    @GetMapping("/students/{studentId}/competencies/{competency}/state")
    @Operation(operationId = "getAggregatedState", summary = "Aggregated state of one competency: score, level, proficient, and the evaluations that made it with their weights",
            description = "For a tutor the state is computed from the evaluations of their own placements' periods only: score, "
                    + "contributions and ignored records say nothing of the other periods.")
    public AggregatedStateResponse state(@PathVariable String uai, @PathVariable String studentId, @PathVariable String competency,
                                         @Parameter(hidden = true) Caller caller, @RequestParam(required = false) String policy,
                                         @RequestParam(required = false) Integer k, @RequestParam(required = false) Integer limit) {
        return AssessmentRestMapper.state(state.aggregatedState(new GetAggregatedStateUseCase.Query(caller, studentId, competency,
                Policies.parse(policy, k, limit))));
    }

    @GetMapping(value = "/students/{studentId}/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getStudentCoverage", summary = "A student's coverage matrix: every competency × P1 … P6 (NOT_EXERCISED / EXERCISED = mis en œuvre, not assessed / EVALUATED / PROFICIENT), "
            + "per-bloc shares, never evaluated, at risk, met criteria/complexity factors/aléas",
            description = "A tutor's matrix has the periods of their own placements as its only columns and is computed from those "
                    + "periods' evaluations only (overall, shares, never evaluated, at risk and met included).")
    public StudentCoverageResponse studentCoverage(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller,
                                                   @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                                   @RequestParam(required = false) Integer limit,
                                                   @RequestParam(required = false) Integer atRiskThreshold) {
        return CoverageRestMapper.coverage(studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(caller, studentId,
                Policies.parse(policy, k, limit), atRiskThreshold)));
    }

    @GetMapping(value = "/cohorts/{cohortId}/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getCohortCoverage", summary = "A cohort's coverage: counts per competency × period (a heatmap) and the students at risk. Not for tutors.")
    public CohortCoverageResponse cohortCoverage(@PathVariable String uai, @PathVariable String cohortId, @Parameter(hidden = true) Caller caller,
                                                 @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                                 @RequestParam(required = false) Integer limit,
                                                 @RequestParam(required = false) Integer atRiskThreshold) {
        return CoverageRestMapper.cohortCoverage(cohortId, cohortCoverage.cohortCoverage(new GetCohortCoverageUseCase.Query(caller, cohortId,
                Policies.parse(policy, k, limit), atRiskThreshold)));
    }

    static final String SVG = "image/svg+xml";

    @GetMapping(value = "/students/{studentId}/coverage.svg", produces = SVG)
    @Operation(operationId = "drawStudentCoverageHeatmap", summary = "A student's coverage as an SVG heatmap (competencies × periods), readable "
            + "in black and white: each cell prints its code (— / MO / É / M) over a pattern; title and legend.",
            description = "A tutor's heatmap has the periods of their own placements only, like `getStudentCoverage`; the title holds the "
                    + "student id only, never a comment.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = SVG, schema = @Schema(type = "string"))))
    public ResponseEntity<String> drawStudentCoverageHeatmap(@PathVariable String uai, @PathVariable String studentId,
                                                             @Parameter(hidden = true) Caller caller, @RequestParam(required = false) String policy,
                                                             @RequestParam(required = false) Integer k, @RequestParam(required = false) Integer limit) {
        CoverageMatrix m = studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(caller, studentId, Policies.parse(policy, k, limit), null));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SVG))
                .body(CoverageHeatmapSvg.student("Couverture des compétences en PFMP — élève " + studentId, m));
    }

    @GetMapping(value = "/cohorts/{cohortId}/coverage.svg", produces = SVG)
    @Operation(operationId = "drawCohortCoverageHeatmap", summary = "A cohort's coverage as an SVG heatmap: in each cell, the students who mis the "
            + "competency en œuvre out of the cohort, on a grey that follows the share; title and legend. Not for tutors.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = SVG, schema = @Schema(type = "string"))))
    public ResponseEntity<String> drawCohortCoverageHeatmap(@PathVariable String uai, @PathVariable String cohortId,
                                                            @Parameter(hidden = true) Caller caller, @RequestParam(required = false) String policy,
                                                            @RequestParam(required = false) Integer k, @RequestParam(required = false) Integer limit) {
        CohortCoverage c = cohortCoverage.cohortCoverage(new GetCohortCoverageUseCase.Query(caller, cohortId, Policies.parse(policy, k, limit), null));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SVG))
                .body(CoverageHeatmapSvg.cohort("Couverture des compétences en PFMP — division " + cohortId, c));
    }
}
