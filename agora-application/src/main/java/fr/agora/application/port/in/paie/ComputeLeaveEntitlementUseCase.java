package fr.agora.application.port.in.paie;

import fr.agora.domain.paie.leave.LeaveEntitlement;
import java.math.BigDecimal;

/** Congés payés acquired over a reference period (jours ouvrables). */
public interface ComputeLeaveEntitlementUseCase {

    LeaveEntitlement compute(Command command);

    /** Validated by {@link LeaveEntitlement#of}; nulls mean zero. */
    record Command(BigDecimal monthsWorked, BigDecimal monthsSickLeave, BigDecimal monthsWorkAccidentLeave) {
        public Command {
            monthsWorked = monthsWorked == null ? BigDecimal.ZERO : monthsWorked;
            monthsSickLeave = monthsSickLeave == null ? BigDecimal.ZERO : monthsSickLeave;
            monthsWorkAccidentLeave = monthsWorkAccidentLeave == null ? BigDecimal.ZERO : monthsWorkAccidentLeave;
        }
    }
}
