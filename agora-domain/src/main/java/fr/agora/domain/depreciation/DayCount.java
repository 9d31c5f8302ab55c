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
        int d1 = Math.min(start.getDayOfMonth(), 30);
        int d2 = end.getDayOfMonth() == end.lengthOfMonth() ? 30 : Math.min(end.getDayOfMonth(), 30);
        return (end.getYear() - start.getYear()) * 360 + (end.getMonthValue() - start.getMonthValue()) * 30
                + (d2 - d1) + 1;
    }

    /** Days of the fiscal year ending on {@code end}. */
    int yearDays(LocalDate end) {
        return this == ACTUAL ? (int) ChronoUnit.DAYS.between(end.minusYears(1), end) : 360;
    }
}
