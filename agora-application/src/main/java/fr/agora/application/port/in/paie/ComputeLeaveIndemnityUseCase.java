package fr.agora.application.port.in.paie;

import fr.agora.domain.paie.leave.LeaveIndemnity;
import java.math.BigDecimal;

/** Indemnité de congés payés: the better of the dixième and the maintien de salaire. */
public interface ComputeLeaveIndemnityUseCase {

    LeaveIndemnity compute(Command command);

    record Command(BigDecimal monthlySalary, BigDecimal referencePeriodGross, BigDecimal entitlementDays,
                   BigDecimal daysTaken, BigDecimal daysInMonth, LeaveIndemnity.DayBasis dayBasis) {
    }
}
