package fr.agora.domain.workingtime;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A broken rule: which, by which article, for whom, on which day (for a weekly rule: the Monday of the civil week),
 * what was measured against what limit (hours, or days for leave and staffing), and a sentence saying it.
 * A {@code WARNING} is a rule with lawful exceptions the planning cannot know (1 May in a continuous activity).
 */
public record Violation(Rule rule, Severity severity, String article, String workerId, LocalDate day,
        BigDecimal measured, BigDecimal limit, String message) {

    public enum Severity { VIOLATION, WARNING }
}
