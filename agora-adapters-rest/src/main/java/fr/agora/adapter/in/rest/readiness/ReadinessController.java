package fr.agora.adapter.in.rest.readiness;

import fr.agora.adapter.in.rest.readiness.ReadinessDtos.ExamReadinessResponse;
import fr.agora.adapter.in.rest.readiness.ReadinessDtos.GridRequest;
import fr.agora.adapter.in.rest.readiness.ReadinessDtos.GridResponse;
import fr.agora.application.port.in.assessment.Policies;
import fr.agora.application.port.in.readiness.ConfigureReadinessGridUseCase;
import fr.agora.application.port.in.readiness.GetExamReadinessUseCase;
import fr.agora.application.port.in.shared.Caller;
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

/** Exam readiness per unit (U2, U31, U32) with the proposed CCF mark, and the school's CCF grids. */
@RestController
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "Coverage", description = "Aggregated state, student and cohort coverage, exam readiness (bearer API key required)")
public class ReadinessController {

    private final GetExamReadinessUseCase readiness;
    private final ConfigureReadinessGridUseCase grids;

    public ReadinessController(GetExamReadinessUseCase readiness, ConfigureReadinessGridUseCase grids) {
        this.readiness = readiness;
        this.grids = grids;
    }

    @GetMapping("/students/{studentId}/exam-readiness")
    @Operation(operationId = "getExamReadiness", summary = "Exam readiness per unit (U31, U2, U32)",
            description = "U31/U32 (CCF) carry a proposed mark /20 with each term explained when the school has a grid, and only for "
                    + "TEACHER and SCHOOL_ADMIN keys (never for ENT clients, which serve students). U2: readiness only. Not for tutors "
                    + "(403): readiness judges the whole cycle, and a tutor sees only the periods of their own placements.")
    public ExamReadinessResponse readiness(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller,
                                           @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                           @RequestParam(required = false) Integer limit) {
        return new ExamReadinessResponse(studentId, readiness.examReadiness(new GetExamReadinessUseCase.Query(caller, studentId,
                Policies.parse(policy, k, limit))).stream().map(ReadinessRestMapper::readiness).toList());
    }

    @PutMapping("/readiness-grids/{unit}")
    @Operation(operationId = "reviseReadinessGrid", summary = "Revise the CCF grid of a unit (U31, U32; school admin): appends a version",
            description = "Weights per competency of the unit's bloc, points per counting level of the current scale, rounding step "
                    + "(default 0.5, half up). Checked against the référentiel version named in the body.")
    public GridResponse reviseGrid(@PathVariable String uai, @PathVariable String unit, @Parameter(hidden = true) Caller caller,
                                                  @Valid @RequestBody GridRequest r) {
        return ReadinessRestMapper.grid(grids.reviseGrid(new ConfigureReadinessGridUseCase.Command(caller, unit, r.referentielId(),
                r.referentielVersion(), r.weights(), r.pointsPerLevel(), r.roundingStep())));
    }

    @GetMapping("/readiness-grids/{unit}")
    @Operation(operationId = "getReadinessGrid", summary = "The current CCF grid of a unit (teachers and admins); 404 when none")
    public GridResponse grid(@PathVariable String uai, @PathVariable String unit, @Parameter(hidden = true) Caller caller) {
        return grids.currentGrid(caller, unit).map(ReadinessRestMapper::grid)
                .orElseThrow(() -> new NotFoundException("grid-not-found", "grid", unit));
    }
}
