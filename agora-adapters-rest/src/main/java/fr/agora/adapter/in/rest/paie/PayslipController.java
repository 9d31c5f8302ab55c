package fr.agora.adapter.in.rest.paie;

import fr.agora.adapter.in.rest.paie.PayslipDtos.*;
import fr.agora.application.port.in.paie.BuildPayrollJournalUseCase;
import fr.agora.application.port.in.paie.ComputePayslipUseCase;
import fr.agora.domain.paie.PayslipInput;
import io.swagger.v3.oas.annotations.Operation;
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

    @PostMapping("/api/v1/payslips/compute")
    @Operation(operationId = "computePayslip", summary = "Compute a monthly payslip (bulletin clarifié 2026)",
            description = "Every line rounded to the cent HALF_UP; nets derived from the rounded lines. "
                    + "The response lists the parameters used with their source.")
    @ApiResponse(responseCode = "200", description = "The payslip")
    @ApiResponse(responseCode = "400", description = "Invalid input or a period without parameters (problem+json with field)")
    public PayslipResponse compute(@Valid @RequestBody PayslipRequest request) {
        return PayslipDtoMapper.toResponse(computePayslip.compute(new ComputePayslipUseCase.Command(PayslipDtoMapper.toInput(request))));
    }

    @PostMapping("/api/v1/payslips/journal")
    @Operation(operationId = "computePayrollJournal", summary = "Payroll journal of a month's payslips",
            description = "Accounting entry (641, 645, 421, 431, 437, 4421, 7088) and totals per collecting body.")
    @ApiResponse(responseCode = "200", description = "The balanced entry")
    @ApiResponse(responseCode = "400", description = "Invalid input (problem+json with field)")
    public JournalResponse journal(@Valid @RequestBody JournalRequest request) {
        List<PayslipInput> inputs = new ArrayList<>();
        for (int i = 0; i < request.payslips().size(); i++) {
            inputs.add(PayslipDtoMapper.toInput(request.payslips().get(i), "payslips[" + i + "]"));
        }
        return PayslipDtoMapper.toResponse(buildJournal.build(new BuildPayrollJournalUseCase.Command(inputs)));
    }
}
