package fr.agora.adapter.in.rest.paie;

import fr.agora.adapter.in.rest.paie.PayslipDtos.*;
import fr.agora.application.port.in.paie.BuildPayrollJournalUseCase;
import fr.agora.application.port.in.paie.ComputePayslipUseCase;
import fr.agora.domain.paie.PayslipInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Paie", description = "2026 bulletin clarifié, payroll journal")
public class PayslipController {

    private final ComputePayslipUseCase computePayslip;
    private final BuildPayrollJournalUseCase buildJournal;

    public PayslipController(ComputePayslipUseCase computePayslip, BuildPayrollJournalUseCase buildJournal) {
        this.computePayslip = computePayslip;
        this.buildJournal = buildJournal;
    }

    /** A last CDD payslip with an exit, a sick leave and a part-time contract: every optional field shown. */
    static final String COMPUTE_EXAMPLE = """
            {"period":"2026-03",
             "employee":{"category":"NON_CADRE","contract":"CDD","baseSalary":2480.00,"monthlyHours":121.33,
                         "hiredOn":"2025-01-06","leftOn":"2026-03-31","partialMonthMethod":"CALENDAR_DAYS"},
             "company":{"headcount":12,"accidentRate":2.08,"healthInsurance":{"monthlyAmount":40,"employerSharePercent":50},
                        "alsaceMoselle":false},
             "overtime":[],"absences":[],"bonuses":[{"label":"Prime de fin d'année","amount":150,"subjectToContributions":true}],
             "benefitsInKind":[{"kind":"MEALS","quantity":10}],
             "sickLeaves":[{"from":"2026-03-02","to":"2026-03-06","previousThreeMonthsGross":7440.00,"priorMaintainedDays":0}],
             "endOfContract":{"previousGross":24000.00,"precariousnessIndemnityDue":true}}""";

    @PostMapping("/api/v1/payslips/compute")
    @Operation(operationId = "computePayslip", summary = "Compute a monthly payslip (bulletin clarifié 2026)",
            description = "Every line rounded to the cent HALF_UP; nets derived from the rounded lines. Part time and entry/exit"
                    + " prorate the ceiling; sick leave (carence, IJSS by subrogation, legal maintenance) and the end of a CDD"
                    + " are on the payslip; contributions not modelled come back as warnings. "
                    + "The response lists the parameters used with their source.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = PayslipRequest.class),
                    examples = @ExampleObject(name = "lastCddPayslip", value = COMPUTE_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The payslip")
    @ApiResponse(responseCode = "400", description = "Invalid input or a period without parameters (problem+json with field)")
    public PayslipResponse compute(@Valid @RequestBody PayslipRequest request) {
        return PayslipDtoMapper.toResponse(computePayslip.compute(new ComputePayslipUseCase.Command(PayslipDtoMapper.toInput(request))));
    }

    @PostMapping("/api/v1/payslips/journal")
    @Operation(operationId = "buildPayrollJournal", summary = "Payroll journal of a month's payslips",
            description = "Accounting entry (641, 645, 4387, 421, 431, 437, 4421, 7088) and totals per collecting body, the RGDU"
                    + " imputed on AGIRC-ARRCO for its retirement share.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = PayrollJournalRequest.class),
                    examples = @ExampleObject(name = "twoPayslips", value = "{\"payslips\":[" + COMPUTE_EXAMPLE + "," + COMPUTE_EXAMPLE + "]}"))))
    @ApiResponse(responseCode = "200", description = "The balanced entry")
    @ApiResponse(responseCode = "400", description = "Invalid input (problem+json with field)")
    public PayrollJournalResponse journal(@Valid @RequestBody PayrollJournalRequest request) {
        List<PayslipInput> inputs = new ArrayList<>();
        for (int i = 0; i < request.payslips().size(); i++) {
            inputs.add(PayslipDtoMapper.toInput(request.payslips().get(i), "payslips[" + i + "]"));
        }
        return PayslipDtoMapper.toResponse(buildJournal.build(new BuildPayrollJournalUseCase.Command(inputs)));
    }
}
