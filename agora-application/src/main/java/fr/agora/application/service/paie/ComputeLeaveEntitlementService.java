package fr.agora.application.service.paie;

import fr.agora.application.port.in.paie.ComputeLeaveEntitlementUseCase;
import fr.agora.domain.paie.leave.LeaveEntitlement;

public final class ComputeLeaveEntitlementService implements ComputeLeaveEntitlementUseCase {

    @Override
    public LeaveEntitlement compute(Command c) {
        return LeaveEntitlement.of(c.monthsWorked(), c.monthsSickLeave(), c.monthsWorkAccidentLeave());
    }
}
