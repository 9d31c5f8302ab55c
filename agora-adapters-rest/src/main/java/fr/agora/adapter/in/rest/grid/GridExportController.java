package fr.agora.adapter.in.rest.grid;

import fr.agora.application.port.in.assessment.Policies;
import fr.agora.application.port.in.coverage.GetCohortCoverageUseCase;
import fr.agora.application.port.in.grid.CohortEvaluationsCommand;
import fr.agora.application.port.in.grid.CohortGridCommand;
import fr.agora.application.port.in.grid.GetCohortEvaluationsUseCase;
import fr.agora.application.port.in.grid.GetCohortGridUseCase;
import fr.agora.application.port.in.grid.GetStudentGridUseCase;
import fr.agora.application.port.in.grid.StudentGridCommand;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.grid.CohortGrid;
import fr.agora.domain.grid.GridSheet;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PFMP grid printed and exported: a student's sheet and a cohort's booklet as PDF ({@code …/grid.pdf}), a cohort's
 * evaluations, grid and coverage as XLSX and CSV. The format is in the path (a plain link works in a browser, and the
 * JSON reads of the same resources keep their path without content negotiation). Same roles as the JSON reads.
 */
@RestController
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "PFMP grid")
public class GridExportController {

    static final String PDF = MediaType.APPLICATION_PDF_VALUE;

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final GetStudentGridUseCase studentGrid;
    private final GetCohortGridUseCase cohortGrid;
    private final GetCohortCoverageUseCase cohortCoverage;
    private final GetCohortEvaluationsUseCase cohortEvaluations;

    public GridExportController(GetStudentGridUseCase studentGrid, GetCohortGridUseCase cohortGrid, GetCohortCoverageUseCase cohortCoverage,
                                GetCohortEvaluationsUseCase cohortEvaluations) {
        this.studentGrid = studentGrid;
        this.cohortGrid = cohortGrid;
        this.cohortCoverage = cohortCoverage;
        this.cohortEvaluations = cohortEvaluations;
    }

    @GetMapping(value = "/students/{studentId}/grid.pdf", produces = PDF)
    @Operation(operationId = "printStudentGrid", summary = "A student's PFMP grid as a PDF (A4 landscape, fonts embedded): header with the "
            + "school, cohort, student and each period's placement and tutor; activities → competencies → criteria × P1…P6",
            description = "A tutor's PDF prints only the periods of their own placements, as `getStudentGrid`.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))))
    public ResponseEntity<byte[]> printStudentGrid(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller,
                                                   @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                                   @RequestParam(required = false) Integer limit) {
        GridSheet sheet = studentGrid.studentGrid(new StudentGridCommand(caller, studentId, Policies.parse(policy, k, limit)));
        return file(GridPdfWriter.sheet(sheet), MediaType.APPLICATION_PDF, "grille-pfmp-" + studentId + ".pdf");
    }

    @GetMapping(value = "/cohorts/{cohortId}/grid.pdf", produces = PDF)
    @Operation(operationId = "printCohortGridBooklet", summary = "A cohort's booklet: every student's PFMP grid in one PDF, each starting on a new page. Not for tutors.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary"))))
    public ResponseEntity<byte[]> printCohortGridBooklet(@PathVariable String uai, @PathVariable String cohortId, @Parameter(hidden = true) Caller caller,
                                                         @RequestParam(required = false) String policy, @RequestParam(required = false) Integer k,
                                                         @RequestParam(required = false) Integer limit) {
        CohortGrid grid = cohortGrid.cohortGrid(new CohortGridCommand(caller, cohortId, Policies.parse(policy, k, limit)));
        return file(GridPdfWriter.booklet(grid), MediaType.APPLICATION_PDF, "livret-pfmp-" + cohortId + ".pdf");
    }

    @GetMapping(value = "/cohorts/{cohortId}/exports/cohort.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(operationId = "exportCohortWorkbook", summary = "A cohort's evaluations, PFMP grid and coverage as one XLSX workbook (three sheets: "
            + "Évaluations, Grille, Couverture; numbers and dates typed; text cells starting with = + - @ neutralised). Not for tutors.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))))
    public ResponseEntity<byte[]> exportCohortWorkbook(@PathVariable String uai, @PathVariable String cohortId, @Parameter(hidden = true) Caller caller) {
        List<ExportTable> tables = List.of(table("evaluations", caller, cohortId), table("grid", caller, cohortId), table("coverage", caller, cohortId));
        return file(SpreadsheetWriters.xlsx(tables), XLSX, "agora-" + cohortId + ".xlsx");
    }

    @GetMapping(value = "/cohorts/{cohortId}/exports/{table}.csv", produces = "text/csv")
    @Operation(operationId = "exportCohortCsv", summary = "One table of a cohort's export as CSV, French conventions: `;` separator, UTF-8 with a "
            + "byte-order mark, dates dd/MM/yyyy, `decimalComma=true` for 12,50 instead of 12.50; text cells starting with = + - @ neutralised. "
            + "`table` is evaluations, grid or coverage. Not for tutors.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    public ResponseEntity<byte[]> exportCohortCsv(@PathVariable String uai, @PathVariable String cohortId,
                                                  @Parameter(description = "evaluations, grid or coverage", example = "grid") @PathVariable String table,
                                                  @Parameter(hidden = true) Caller caller,
                                                  @RequestParam(defaultValue = "false") boolean decimalComma) {
        return file(SpreadsheetWriters.csv(table(table, caller, cohortId), decimalComma), CSV, "agora-" + cohortId + "-" + table + ".csv");
    }

    private ExportTable table(String table, Caller caller, String cohortId) {
        return switch (table) {
            case "evaluations" -> ExportTables.evaluations(cohortEvaluations.cohortEvaluations(new CohortEvaluationsCommand(caller, cohortId)));
            case "grid" -> ExportTables.grid(cohortGrid.cohortGrid(new CohortGridCommand(caller, cohortId, null)));
            case "coverage" -> ExportTables.coverage(cohortCoverage.cohortCoverage(new GetCohortCoverageUseCase.Query(caller, cohortId, null, null)));
            default -> throw new InvalidInputException("table", "table must be evaluations, grid or coverage");
        };
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }
}
