package fr.agora.domain.workingtime;

import fr.agora.domain.paie.NoPayrollParametersException;
import fr.agora.domain.paie.parameters.PayrollParameterTable;
import fr.agora.domain.shared.Money;
import fr.agora.domain.workingtime.Violation.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Part-time rules (temps partiel): the 24 h weekly minimum unless a derogation is recorded (L3123-7, L3123-27);
 * heures complémentaires at most a tenth of the contract (L3123-28), a third with an agreement (L3123-20), never
 * bringing the week to 35 h (L3123-9); paid +10 % within the tenth and +25 % beyond (L3123-29). The pay uses the
 * worker's hourly rate or the SMIC of the week's month from the paie parameters.
 */
final class PartTimeRules {

    private static final int MINIMUM_WEEKLY_MINUTES = 24 * 60;
    private static final BigDecimal TEN_PERCENT = new BigDecimal("1.10");
    private static final BigDecimal TWENTY_FIVE_PERCENT = new BigDecimal("1.25");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final PayrollParameterTable payroll;

    PartTimeRules(PayrollParameterTable payroll) {
        this.payroll = payroll;
    }

    void check(Worker w, Map<LocalDate, Long> weekly, List<Violation> violations, List<ComplementaryHours> hours) {
        if (!w.partTime()) {
            return;
        }
        int contract = w.contractWeeklyMinutes();
        if (contract < MINIMUM_WEEKLY_MINUTES && !w.partTimeDerogation() && !weekly.isEmpty()) {
            LocalDate first = weekly.keySet().iterator().next();
            violations.add(new Violation(Rule.PART_TIME_MINIMUM, Severity.VIOLATION, "C. trav. L3123-27", w.id(), first,
                    Hours.of(contract), Hours.of(MINIMUM_WEEKLY_MINUTES),
                    "a part-time contract of " + Hours.of(contract) + " h a week without a recorded derogation (minimum 24 h)"));
        }
        long tenth = contract / 10;
        long ceiling = w.complementaryHoursAgreement() ? contract / 3 : tenth;
        weekly.forEach((monday, worked) -> {
            long extra = worked - contract;
            if (extra <= 0) {
                return;
            }
            if (extra > ceiling) {
                violations.add(new Violation(Rule.COMPLEMENTARY_HOURS_CEILING, Severity.VIOLATION,
                        w.complementaryHoursAgreement() ? "C. trav. L3123-20" : "C. trav. L3123-28", w.id(), monday,
                        Hours.of(extra), Hours.of(ceiling), Hours.of(extra) + " h complémentaires in the week of " + monday
                                + ", more than " + (w.complementaryHoursAgreement() ? "a third" : "a tenth") + " of the contract"));
            }
            if (worked >= Worker.FULL_TIME_WEEKLY_MINUTES) {
                violations.add(new Violation(Rule.PART_TIME_REACHES_LEGAL_DURATION, Severity.VIOLATION, "C. trav. L3123-9",
                        w.id(), monday, Hours.of(worked), Hours.of(Worker.FULL_TIME_WEEKLY_MINUTES),
                        "a part-time worker reaches the legal 35 h in the week of " + monday));
            }
            long at10 = Math.min(extra, tenth);
            hours.add(priced(w, monday, worked, at10, extra - at10));
        });
    }

    private ComplementaryHours priced(Worker w, LocalDate monday, long worked, long at10, long at25) {
        Money rate = w.hourlyRate() != null ? w.hourlyRate() : smic(monday);
        Money pay = null;
        if (rate != null) {
            // minutes × rate × 1,10 (or 1,25) / 60, divided once at the end so that the cent is exact
            BigDecimal weightedMinutes = BigDecimal.valueOf(at10).multiply(TEN_PERCENT)
                    .add(BigDecimal.valueOf(at25).multiply(TWENTY_FIVE_PERCENT));
            pay = Money.of(rate.amount().multiply(weightedMinutes).divide(SIXTY, 2, RoundingMode.HALF_UP));
        }
        return new ComplementaryHours(w.id(), monday, Hours.of(w.contractWeeklyMinutes()), Hours.of(worked),
                Hours.of(at10), Hours.of(at25), rate, pay);
    }

    private Money smic(LocalDate monday) {
        try {
            return Money.of(payroll.forMonth(YearMonth.from(monday)).smicHourly());
        } catch (NoPayrollParametersException e) {
            return null; // no SMIC known for that month: the hours are counted, not priced
        }
    }
}
