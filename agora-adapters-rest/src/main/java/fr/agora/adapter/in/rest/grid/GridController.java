package fr.agora.adapter.in.rest.grid;

import fr.agora.adapter.in.rest.grid.GridDtos.CohortGridResponse;
import fr.agora.adapter.in.rest.grid.GridDtos.StudentGridResponse;
import fr.agora.application.port.in.assessment.Policies;
import fr.agora.application.port.in.grid.CohortGridCommand;
import fr.agora.application.port.in.grid.GetCohortGridUseCase;
import fr.agora.application.port.in.grid.GetStudentGridUseCase;
import fr.agora.application.port.in.grid.StudentGridCommand;
import fr.agora.application.port.in.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PFMP grid (seed 003) as JSON: a student's sheet and a cohort's sheets with counts per cell (the rule:
 * {@code fr.agora.domain.grid.StudentGrid}; docs/grid.md).
 */
@RestController
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "PFMP grid", description = "The grille de suivi des compétences mises en œuvre en PFMP (seed 003), printed and exported (bearer API key required)")
public class GridController {

    private final GetStudentGridUseCase studentGrid;
    private final GetCohortGridUseCase cohortGrid;

    public GridController(GetStudentGridUseCase studentGrid, GetCohortGridUseCase cohortGrid) {
        this.studentGrid = studentGrid;
        this.cohortGrid = cohortGrid;
    }

    @GetMapping(value = "/students/{studentId}/grid", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getStudentGrid", summary = "A student's PFMP grid: activities → competencies → criteria × P1…P6, each cell "
            + "mis en œuvre or not and the level reached when assessed; the header's periods with placement and tutor. "
            + "Teachers, admins, ENT, and the student's tutors. `…/grid.pdf` prints it.",
            description = "A tutor's sheet has only the periods of their own placements: those columns, those periods' placement and "
                    + "tutor in the header, levels computed from those periods' evaluations.")
    public StudentGridResponse studentGrid(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller,
                                           @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                           @RequestParam(required = false) Integer limit) {
        return GridRestMapper.sheet(studentGrid.studentGrid(new StudentGridCommand(caller, studentId, Policies.parse(policy, k, limit))));
    }

    @GetMapping(value = "/cohorts/{cohortId}/grid", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getCohortGrid", summary = "A cohort's PFMP grids: every student's sheet and, per competency × period, how many "
            + "students mis it en œuvre and how many were assessed. Not for tutors. `…/grid.pdf` prints the booklet.")
    public CohortGridResponse cohortGrid(@PathVariable String uai, @PathVariable String cohortId, @Parameter(hidden = true) Caller caller,
                                         @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                         @RequestParam(required = false) Integer limit) {
        return GridRestMapper.cohort(cohortGrid.cohortGrid(new CohortGridCommand(caller, cohortId, Policies.parse(policy, k, limit))));
    }
}
