package fr.agora.domain.workingtime;

import java.util.List;

/** The outcome of a planning check: every violation (sorted by worker, day, rule), the heures complémentaires, the leave decisions. */
public record WorkingTimeReport(List<Violation> violations, List<ComplementaryHours> complementaryHours,
        List<LeaveDecision> leaveDecisions) {

    public WorkingTimeReport {
        violations = List.copyOf(violations);
        complementaryHours = List.copyOf(complementaryHours);
        leaveDecisions = List.copyOf(leaveDecisions);
    }

    public boolean compliant() {
        return violations.stream().noneMatch(v -> v.severity() == Violation.Severity.VIOLATION)
                && leaveDecisions.stream().allMatch(LeaveDecision::granted);
    }
}
