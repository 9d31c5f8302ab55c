package fr.agora.domain.workingtime;

import fr.agora.domain.paie.parameters.PayrollParameterTable;
import fr.agora.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.LocalDate;

/**
 * Checks a weekly (or longer) planning against the working-time rules: durations, rests and breaks
 * ({@link WorkingTimeLimits}, stricter under 18), public holidays ({@link PublicHolidays}), part-time minimum and
 * heures complémentaires, then the leave requests against entitlement and minimum staffing. Every violation names
 * the rule, its article, the person and the day. See docs/personnel.md §1.
 *
 * <pre>{@code
 * WorkingTimeReport report = new WorkingTimeChecker().check(new WorkingTimePlan(workers, shifts, requests, 2, null));
 * }</pre>
 */
public final class WorkingTimeChecker {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::workerId)
            .thenComparing(Violation::day).thenComparing(Violation::rule);

    /** Two years: enough for any 12-week average and a year's planning, and bounded work per request. */
    public static final int MAX_SPAN_DAYS = 731;

    private final PartTimeRules partTime;

    public WorkingTimeChecker() {
        this(PayrollParameterTable.DEFAULT);
    }

    /** With the paie parameters whose SMIC prices heures complémentaires when a worker has no hourly rate. */
    public WorkingTimeChecker(PayrollParameterTable payroll) {
        this.partTime = new PartTimeRules(payroll);
    }

    public WorkingTimeReport check(WorkingTimePlan plan) {
        Map<String, Worker> workers = new LinkedHashMap<>();
        for (int i = 0; i < plan.workers().size(); i++) {
            Worker w = plan.workers().get(i);
            if (workers.putIfAbsent(w.id(), w) != null) {
                throw new InvalidInputException("workers[" + i + "].id", "duplicate worker id " + w.id());
            }
        }
        Map<String, List<Shift>> byWorker = new HashMap<>();
        LocalDate first = LocalDate.MAX;
        for (int i = 0; i < plan.shifts().size(); i++) {
            Shift s = plan.shifts().get(i);
            first = s.day().isBefore(first) ? s.day() : first;
            if (!workers.containsKey(s.workerId())) {
                throw new InvalidInputException("shifts[" + i + "].workerId", "no worker " + s.workerId() + " in the plan");
            }
            byWorker.computeIfAbsent(s.workerId(), k -> new ArrayList<>()).add(s);
        }
        for (int i = 0; i < plan.shifts().size(); i++) {
            if (plan.shifts().get(i).day().isAfter(first.plusDays(MAX_SPAN_DAYS))) {
                throw new InvalidInputException("shifts[" + i + "].start", "a planning spans " + MAX_SPAN_DAYS + " days at most");
            }
        }
        List<Violation> violations = new ArrayList<>();
        List<ComplementaryHours> complementary = new ArrayList<>();
        for (Worker w : workers.values()) {
            List<Shift> shifts = byWorker.getOrDefault(w.id(), new ArrayList<>());
            shifts.sort(Comparator.comparing(Shift::start));
            TreeMap<LocalDate, Long> weekly = new TimeLimitRules(w, shifts, plan.region(), violations).check();
            partTime.check(w, weekly, violations, complementary);
        }
        violations.sort(ORDER);
        List<LeaveDecision> leave = new LeavePlanner(workers, plan.minimumStaffing(), plan.region()).decide(plan.leaveRequests());
        return new WorkingTimeReport(violations, complementary, leave);
    }
}
