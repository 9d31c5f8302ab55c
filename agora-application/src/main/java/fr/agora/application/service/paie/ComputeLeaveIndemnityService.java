package fr.agora.application.service.paie;

import fr.agora.application.port.in.paie.ComputeLeaveIndemnityUseCase;
import fr.agora.domain.paie.leave.LeaveIndemnity;

public final class ComputeLeaveIndemnityService implements ComputeLeaveIndemnityUseCase {

    @Override
    public LeaveIndemnity compute(Command c) {
        return LeaveIndemnity.of(c.monthlySalary(), c.referencePeriodGross(), c.entitlementDays(), c.daysTaken(),
                c.daysInMonth(), c.dayBasis());
    }
}
