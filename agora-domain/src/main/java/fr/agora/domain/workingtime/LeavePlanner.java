package fr.agora.domain.workingtime;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.workingtime.Violation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides leave requests in the order given: a request costs its jours ouvrables (Monday–Saturday, public holidays
 * excluded: the legal unit of congés payés, L3141-3) and is granted only if the worker's balance covers them and, on
 * each of those days, at least {@code minimumStaffing} people remain (everyone in the plan minus those already on
 * granted leave, minus this worker). A refused request leaves the balance and the staffing unchanged.
 */
final class LeavePlanner {

    private final Map<String, Worker> workers;
    private final int minimumStaffing;
    private final PublicHolidays.Region region;
    private final Map<String, BigDecimal> balances = new HashMap<>();
    private final Map<LocalDate, Integer> onLeave = new HashMap<>();

    LeavePlanner(Map<String, Worker> workers, int minimumStaffing, PublicHolidays.Region region) {
        this.workers = workers;
        this.minimumStaffing = minimumStaffing;
        this.region = region;
        workers.values().forEach(w -> balances.put(w.id(), w.leaveBalanceDays()));
    }

    List<LeaveDecision> decide(List<LeaveRequest> requests) {
        List<LeaveDecision> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            LeaveRequest r = requests.get(i);
            if (!workers.containsKey(r.workerId())) {
                throw new InvalidInputException("leaveRequests[" + i + "].workerId", "no worker " + r.workerId() + " in the plan");
            }
            out.add(decide(r));
        }
        return out;
    }

    private LeaveDecision decide(LeaveRequest r) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
            if (PublicHolidays.isJourOuvrable(d, region)) {
                days.add(d);
            }
        }
        BigDecimal balance = balances.get(r.workerId());
        List<Violation> reasons = new ArrayList<>();
        BigDecimal cost = BigDecimal.valueOf(days.size());
        if (cost.compareTo(balance) > 0) {
            reasons.add(new Violation(Rule.LEAVE_ENTITLEMENT, Severity.VIOLATION, "C. trav. L3141-3", r.workerId(), r.from(),
                    cost, balance, days.size() + " jours ouvrables requested, " + balance.toPlainString() + " left"));
        }
        if (minimumStaffing > 0) {
            int staff = workers.size();
            for (LocalDate d : days) {
                int present = staff - onLeave.getOrDefault(d, 0) - 1;
                if (present < minimumStaffing) {
                    reasons.add(new Violation(Rule.MINIMUM_STAFFING, Severity.VIOLATION, "minimum staffing", r.workerId(), d,
                            BigDecimal.valueOf(present), BigDecimal.valueOf(minimumStaffing),
                            "only " + present + " people would be present on " + d + ", " + minimumStaffing + " are needed"));
                }
            }
        }
        boolean granted = reasons.isEmpty();
        if (granted) {
            balances.put(r.workerId(), balance.subtract(cost));
            days.forEach(d -> onLeave.merge(d, 1, Integer::sum));
        }
        return new LeaveDecision(r.id(), r.workerId(), days.size(), balance, granted, reasons);
    }
}
