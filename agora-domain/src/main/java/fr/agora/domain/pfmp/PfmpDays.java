package fr.agora.domain.pfmp;

import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.shared.RuleViolationException;
import fr.agora.domain.workingtime.PublicHolidays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Counting a period's days: the days planned are the jours ouvrés (Monday to Friday, not a public holiday in
 * metropolitan France) between its first and last day; the days done are those less the absence days; a week is
 * five days done.
 */
public final class PfmpDays {
    public static final int DAYS_PER_WEEK = 5;

    private PfmpDays() {
    }

    public static int plannedDays(PfmpPeriod period) {
        int days = 0;
        for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
            if (PublicHolidays.isJourOuvre(d, PublicHolidays.Region.METROPOLE)) days++;
        }
        return days;
    }

    /** Planned days less absences; more absence days than planned days is refused (422). */
    public static int daysDone(int plannedDays, int absenceDays) {
        if (absenceDays > plannedDays) {
            throw new RuleViolationException("absences-exceed-period", "absenceDays",
                    absenceDays + " absence days exceed the " + plannedDays + " days planned in the period");
        }
        return plannedDays - absenceDays;
    }

    /** Weeks done, to one decimal (HALF_UP): 23 days are 4.6 weeks. */
    public static BigDecimal weeks(int days) {
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(DAYS_PER_WEEK), 1, RoundingMode.HALF_UP);
    }
}
