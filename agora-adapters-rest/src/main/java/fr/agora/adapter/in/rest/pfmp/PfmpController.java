package fr.agora.adapter.in.rest.pfmp;

import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAllowanceResponse;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAllowanceValidationRequest;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAllowanceValidationResponse;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAttendanceRequest;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAttendanceResponse;
import fr.agora.adapter.in.rest.pfmp.PfmpDtos.PfmpAttestationResponse;
import fr.agora.application.port.in.pfmp.GetPfmpAllowancesUseCase;
import fr.agora.application.port.in.pfmp.GetPfmpAttestationUseCase;
import fr.agora.application.port.in.pfmp.RecordPfmpAttendanceCommand;
import fr.agora.application.port.in.pfmp.RecordPfmpAttendanceUseCase;
import fr.agora.application.port.in.pfmp.ValidatePfmpAllowanceCommand;
import fr.agora.application.port.in.pfmp.ValidatePfmpAllowanceUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.pfmp.PfmpAttestation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attestation and allocation de PFMP (rules: {@code fr.agora.domain.pfmp.PfmpAttestation}, {@code PfmpAllowance}):
 * attendance per placement, the attestation as JSON or PDF, the allowance per student or cohort (JSON or CSV for the
 * ASP declaration) and the head of school's validation.
 */
@RestController
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "PFMP", description = "Attestation and allocation de PFMP (bearer API key required)")
public class PfmpController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final RecordPfmpAttendanceUseCase record;
    private final GetPfmpAttestationUseCase attestation;
    private final GetPfmpAllowancesUseCase allowances;
    private final ValidatePfmpAllowanceUseCase validate;

    public PfmpController(RecordPfmpAttendanceUseCase record, GetPfmpAttestationUseCase attestation,
                          GetPfmpAllowancesUseCase allowances, ValidatePfmpAllowanceUseCase validate) {
        this.record = record;
        this.attestation = attestation;
        this.allowances = allowances;
        this.validate = validate;
    }

    @PutMapping("/students/{studentId}/placements/{period}/attendance")
    @Operation(operationId = "recordPfmpAttendance", summary = "Record a placement's year of the cycle and absence days",
            description = "School admin, teacher or ENT. 404 without a placement; 409 once the period's allowance is validated; "
                    + "422 when the absences exceed the days planned.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(name = "terminale", value = "{\"cycleYear\":\"TERMINALE\",\"justifiedAbsenceDays\":2,\"unjustifiedAbsenceDays\":1}"))))
    public PfmpAttendanceResponse recordPfmpAttendance(@PathVariable String uai, @PathVariable String studentId, @PathVariable String period,
                                                       @Parameter(hidden = true) Caller caller, @Valid @RequestBody PfmpAttendanceRequest r) {
        return PfmpRestMapper.attendance(record.recordAttendance(new RecordPfmpAttendanceCommand(caller, studentId, period, r.cycleYear(),
                r.justifiedAbsenceDays(), r.unjustifiedAbsenceDays())));
    }

    @GetMapping("/students/{studentId}/pfmp-attestation")
    @Operation(operationId = "getPfmpAttestation", summary = "A student's attestation de PFMP: per period dates, host, tutor, days "
            + "and weeks done; the total over the cycle against the weeks the exam requires (dated, sourced)",
            description = "A tutor's attestation lists only the periods of their own placements, and its totals (days and weeks done, "
                    + "requirement met) count those periods only.")
    public PfmpAttestationResponse getPfmpAttestation(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller) {
        return PfmpRestMapper.attestation(attestation.attestation(caller, studentId));
    }

    @GetMapping(value = "/students/{studentId}/pfmp-attestation/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "getPfmpAttestationPdf", summary = "The attestation de PFMP as the PDF the school prints for signature",
            description = "A tutor's PDF covers only the periods of their own placements, as `getPfmpAttestation`.")
    public ResponseEntity<byte[]> getPfmpAttestationPdf(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller) {
        PfmpAttestation a = attestation.attestation(caller, studentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attestation-pfmp-" + a.student().id().value() + ".pdf").build().toString())
                .body(AttestationPdf.render(a, caller.uai().value()));
    }

    @GetMapping("/students/{studentId}/pfmp-allowance")
    @Operation(operationId = "getPfmpAllowance", summary = "A student's allocation de PFMP per period: days done × daily forfait "
            + "of the year, capped per school year, with the head of school's validation. Teachers and school admins.")
    public PfmpAllowanceResponse getPfmpAllowance(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller) {
        return PfmpRestMapper.allowance(allowances.studentAllowance(caller, studentId));
    }

    @PostMapping("/students/{studentId}/pfmp-allowance/{period}/validation")
    @Operation(operationId = "validatePfmpAllowance", summary = "The head of school validates a period's days and amount (school admin)",
            description = "Idempotent: the same figures again return the stored validation; other figures are a 409. The period is then locked.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(name = "period", value = "{\"days\":17,\"amount\":340.00}"))))
    public PfmpAllowanceValidationResponse validatePfmpAllowance(@PathVariable String uai, @PathVariable String studentId, @PathVariable String period,
                                                                 @Parameter(hidden = true) Caller caller,
                                                                 @Valid @RequestBody PfmpAllowanceValidationRequest r) {
        return PfmpRestMapper.validation(validate.validate(new ValidatePfmpAllowanceCommand(caller, studentId, period, r.days(), r.amount())));
    }

    @GetMapping("/cohorts/{cohortId}/pfmp-allowances")
    @Operation(operationId = "listCohortPfmpAllowances", summary = "Every student's allocation de PFMP in a cohort (by name)")
    public List<PfmpAllowanceResponse> listCohortPfmpAllowances(@PathVariable String uai, @PathVariable String cohortId,
                                                                          @Parameter(hidden = true) Caller caller) {
        return allowances.cohortAllowances(caller, cohortId).stream().map(PfmpRestMapper::allowance).toList();
    }

    @GetMapping(value = "/cohorts/{cohortId}/pfmp-allowances/csv", produces = "text/csv")
    @Operation(operationId = "exportCohortPfmpAllowancesCsv", summary = "The cohort's allocation de PFMP as CSV for the ASP declaration "
            + "(; separated, decimal comma, UTF-8 BOM, formula-leading cells neutralised)")
    public ResponseEntity<String> exportCohortPfmpAllowancesCsv(@PathVariable String uai, @PathVariable String cohortId,
                                                                @Parameter(hidden = true) Caller caller) {
        return ResponseEntity.ok().contentType(CSV).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("allocation-pfmp-" + cohortId + ".csv").build().toString())
                .body(AllowanceCsvWriter.write(allowances.cohortAllowances(caller, cohortId)));
    }
}
