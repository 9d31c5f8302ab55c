package fr.agora.adapter.in.rest.evaluation;

import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.AggregatedStateResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.CohortCoverageResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.ExamReadinessResponse;
import fr.agora.adapter.in.rest.evaluation.EvaluationDtos.StudentCoverageResponse;
import fr.agora.application.port.in.evaluation.Caller;
import fr.agora.application.port.in.evaluation.ConfigureReadinessGridUseCase;
import fr.agora.application.port.in.evaluation.GetAggregatedStateUseCase;
import fr.agora.application.port.in.evaluation.GetCohortCoverageUseCase;
import fr.agora.application.port.in.evaluation.GetExamReadinessUseCase;
import fr.agora.application.port.in.evaluation.GetStudentCoverageUseCase;
import fr.agora.application.port.in.evaluation.Policies;
import fr.agora.domain.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Explained aggregation, coverage across periods and exam readiness. Every query takes an optional policy override
 * ({@code policy} = LAST, BEST_OF_K, MEAN, GEOMETRIC_RECENCY, ARITHMETIC_RECENCY; {@code k}; {@code limit}).
 */
@RestController
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "Coverage", description = "Aggregated state, student and cohort coverage, exam readiness (bearer API key required)")
public class CoverageController {

    private final GetAggregatedStateUseCase state;
    private final GetStudentCoverageUseCase studentCoverage;
    private final GetCohortCoverageUseCase cohortCoverage;
    private final GetExamReadinessUseCase readiness;
    private final ConfigureReadinessGridUseCase grids;

    public CoverageController(GetAggregatedStateUseCase state, GetStudentCoverageUseCase studentCoverage,
                              GetCohortCoverageUseCase cohortCoverage, GetExamReadinessUseCase readiness,
                              ConfigureReadinessGridUseCase grids) {
        this.grids = grids;
        this.state = state;
        this.studentCoverage = studentCoverage;
        this.cohortCoverage = cohortCoverage;
        this.readiness = readiness;
    }

    @GetMapping("/students/{studentId}/competencies/{competency}/state")
    @Operation(summary = "Aggregated state of one competency: score, level, proficient, and the evaluations that made it with their weights")
    public AggregatedStateResponse state(@PathVariable String uai, @PathVariable String studentId, @PathVariable String competency,
                                         @Parameter(hidden = true) Caller caller, @RequestParam(required = false) String policy,
                                         @RequestParam(required = false) Integer k, @RequestParam(required = false) Integer limit) {
        return EvaluationRestMapper.state(state.aggregatedState(new GetAggregatedStateUseCase.Query(caller, studentId, competency,
                Policies.parse(policy, k, limit))));
    }

    @GetMapping("/students/{studentId}/coverage")
    @Operation(summary = "A student's coverage matrix: every competency × P1 … P6 (NOT_EXERCISED / EVALUATED / PROFICIENT), "
            + "per-bloc shares, never evaluated, at risk, met criteria/complexity factors/aléas")
    public StudentCoverageResponse studentCoverage(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller,
                                                   @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                                   @RequestParam(required = false) Integer limit,
                                                   @RequestParam(required = false) Integer atRiskThreshold) {
        return EvaluationRestMapper.coverage(studentCoverage.studentCoverage(new GetStudentCoverageUseCase.Query(caller, studentId,
                Policies.parse(policy, k, limit), atRiskThreshold)));
    }

    @GetMapping("/cohorts/{cohortId}/coverage")
    @Operation(summary = "A cohort's coverage: counts per competency × period (a heatmap) and the students at risk. Not for tutors.")
    public CohortCoverageResponse cohortCoverage(@PathVariable String uai, @PathVariable String cohortId, @Parameter(hidden = true) Caller caller,
                                                 @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                                 @RequestParam(required = false) Integer limit,
                                                 @RequestParam(required = false) Integer atRiskThreshold) {
        return EvaluationRestMapper.cohortCoverage(cohortId, cohortCoverage.cohortCoverage(new GetCohortCoverageUseCase.Query(caller, cohortId,
                Policies.parse(policy, k, limit), atRiskThreshold)));
    }

    @GetMapping("/students/{studentId}/exam-readiness")
    @Operation(summary = "Exam readiness per unit (U31, U2, U32)",
            description = "U31/U32 (CCF) carry a proposed mark /20 with each term explained when the school has a grid, and only for "
                    + "TEACHER and SCHOOL_ADMIN keys (never for tutors or ENT clients, which serve students). U2: readiness only.")
    public ExamReadinessResponse readiness(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller,
                                           @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                           @RequestParam(required = false) Integer limit) {
        return new ExamReadinessResponse(studentId, readiness.examReadiness(new GetExamReadinessUseCase.Query(caller, studentId,
                Policies.parse(policy, k, limit))).stream().map(EvaluationRestMapper::readiness).toList());
    }

    @PutMapping("/readiness-grids/{unit}")
    @Operation(summary = "Revise the CCF grid of a unit (U31, U32; school admin): appends a version",
            description = "Weights per competency of the unit's bloc, points per counting level of the current scale, rounding step "
                    + "(default 0.5, half up). Checked against the référentiel version named in the body.")
    public EvaluationDtos.GridResponse reviseGrid(@PathVariable String uai, @PathVariable String unit, @Parameter(hidden = true) Caller caller,
                                                  @Valid @RequestBody EvaluationDtos.GridRequest r) {
        return EvaluationRestMapper.grid(grids.reviseGrid(new ConfigureReadinessGridUseCase.Command(caller, unit, r.referentielId(),
                r.referentielVersion(), r.weights(), r.pointsPerLevel(), r.roundingStep())));
    }

    @GetMapping("/readiness-grids/{unit}")
    @Operation(summary = "The current CCF grid of a unit (teachers and admins); 404 when none")
    public EvaluationDtos.GridResponse grid(@PathVariable String uai, @PathVariable String unit, @Parameter(hidden = true) Caller caller) {
        return grids.currentGrid(caller, unit).map(EvaluationRestMapper::grid)
                .orElseThrow(() -> new NotFoundException("grid-not-found", "grid", unit));
    }
}
