package fr.agora.adapter.in.rest.paie;

import fr.agora.adapter.in.rest.paie.PayslipDtos.*;
import fr.agora.application.port.in.paie.ComputeLeaveEntitlementUseCase;
import fr.agora.application.port.in.paie.ComputeLeaveIndemnityUseCase;
import fr.agora.domain.paie.leave.LeaveEntitlement;
import fr.agora.domain.paie.leave.LeaveIndemnity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Paid leave", description = "Congés payés: entitlement and indemnity")
public class LeaveController {

    private final ComputeLeaveEntitlementUseCase entitlement;
    private final ComputeLeaveIndemnityUseCase indemnity;

    public LeaveController(ComputeLeaveEntitlementUseCase entitlement, ComputeLeaveIndemnityUseCase indemnity) {
        this.entitlement = entitlement;
        this.indemnity = indemnity;
    }

    @PostMapping("/api/v1/leave/entitlement")
    @Operation(operationId = "computeLeaveEntitlement", summary = "Congés payés acquired (jours ouvrables)",
            description = "2,5 days per month worked or on work-accident leave, 2 per month of sick leave (max 24), rounded up, max 30.")
    public EntitlementResponse entitlement(@Valid @RequestBody EntitlementRequest r) {
        LeaveEntitlement e = entitlement.compute(new ComputeLeaveEntitlementUseCase.Command(r.monthsWorked(), r.monthsSickLeave(), r.monthsWorkAccidentLeave()));
        return new EntitlementResponse(e.days(), e.unrounded());
    }

    @PostMapping("/api/v1/leave/indemnity")
    @Operation(operationId = "computeLeaveIndemnity", summary = "Indemnité de congés payés", description = "The better of the dixième and the maintien de salaire.")
    public IndemnityResponse indemnity(@Valid @RequestBody IndemnityRequest r) {
        LeaveIndemnity i = indemnity.compute(new ComputeLeaveIndemnityUseCase.Command(r.monthlySalary(), r.referencePeriodGross(),
                r.entitlementDays(), r.daysTaken(), r.daysInMonth(), r.dayBasis()));
        return new IndemnityResponse(i.tenthRule().amount(), i.salaryMaintenance().amount(), i.retained().amount(), i.method().name());
    }
}
