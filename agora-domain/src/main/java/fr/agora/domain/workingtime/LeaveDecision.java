package fr.agora.domain.workingtime;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to a leave request: the jours ouvrables it costs (Monday–Saturday, public holidays excluded), the
 * balance before it, whether it can be granted, and the violations that refuse it (entitlement, staffing days).
 */
public record LeaveDecision(String requestId, String workerId, int daysRequested, BigDecimal balanceBefore,
        boolean granted, List<Violation> reasons) {

    public LeaveDecision {
        reasons = List.copyOf(reasons);
    }
}
