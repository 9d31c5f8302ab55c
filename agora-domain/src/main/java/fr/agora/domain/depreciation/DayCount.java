package fr.agora.domain.depreciation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The day convention of the straight-line prorata temporis (../shared/RULES-REFERENCE.md §8, open question 6).
 * Both count the day of mise en service (15/04 → 31/12 is 256 days in 30/360).
 */
public enum DayCount {
    /** Textbook default: months of 30 days, a year of 360; the 31st and a month's last day count as the 30th. */
    THIRTY_360,
    /** Actual days held over the actual days of the fiscal year (365 or 366). */
    ACTUAL;

    /** Days from {@code start} (inclusive) to {@code end} (inclusive). */
    int days(LocalDate start, LocalDate end) {
        if (this == ACTUAL) {
            return (int) ChronoUnit.DAYS.between(start, end) + 1;
        }
        int d1 = thirtiethOrDay(start);
        // a fiscal year ending on 28 February ends February in a leap year too (29 February opens the next one)
        int d2 = end.getMonthValue() == 2 && end.getDayOfMonth() >= 28 ? 30 : thirtiethOrDay(end);
        return (end.getYear() - start.getYear()) * 360 + (end.getMonthValue() - start.getMonthValue()) * 30
                + (d2 - d1) + 1;
    }

    /** A month's last day counts as its 30th on both sides, so 28/02 (last day) → 31/12 is 1 + 10 × 30 days. */
    private static int thirtiethOrDay(LocalDate d) {
        return d.getDayOfMonth() == d.lengthOfMonth() ? 30 : Math.min(d.getDayOfMonth(), 30);
    }

    /** Days of the fiscal year ending on {@code end}. */
    int yearDays(LocalDate end) {
        return this == ACTUAL ? (int) ChronoUnit.DAYS.between(end.minusYears(1), end) : 360;
    }
}
