package fr.agora.domain.paie;

import fr.agora.domain.paie.PayslipInput.AbsenceMethod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The recognised methods of deducting an absence (retenue pour absence). Each one is
 * {@code salary × absent units / units of the month}, rounded once to the cent (HALF_UP). Public holidays are not
 * modelled: jours ouvrés are Monday–Friday, jours ouvrables Monday–Saturday.
 */
public final class AbsenceDeduction {

    public static final BigDecimal WORKING_DAYS_AVERAGE = new BigDecimal("21.67");
    public static final BigDecimal BUSINESS_DAYS_AVERAGE = new BigDecimal("26");
    public static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private AbsenceDeduction() {
    }

    /** The exact deduction {@code salary × units / monthUnits}, rounded to the cent HALF_UP. */
    public static BigDecimal deduction(BigDecimal salary, BigDecimal units, BigDecimal monthUnits) {
        if (monthUnits.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return salary.multiply(units).divide(monthUnits, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
    }

    /** Units of the whole month for a method (hours for the hourly methods, days otherwise). */
    public static BigDecimal monthUnits(AbsenceMethod method, YearMonth month, BigDecimal monthlyHours, BigDecimal dailyHours) {
        return switch (method) {
            case ACTUAL_HOURS -> BigDecimal.valueOf(count(month.atDay(1), month.atEndOfMonth(), false)).multiply(dailyHours);
            case MONTHLY_HOURS -> monthlyHours;
            case WORKING_DAYS -> BigDecimal.valueOf(count(month.atDay(1), month.atEndOfMonth(), false));
            case WORKING_DAYS_AVERAGE -> WORKING_DAYS_AVERAGE;
            case BUSINESS_DAYS -> BigDecimal.valueOf(count(month.atDay(1), month.atEndOfMonth(), true));
            case BUSINESS_DAYS_AVERAGE -> BUSINESS_DAYS_AVERAGE;
            case CALENDAR_DAYS -> BigDecimal.valueOf(month.lengthOfMonth());
            case THIRTIETHS -> THIRTY;
        };
    }

    /** Absent units for a date range (inclusive), in the unit of the method. */
    public static BigDecimal absentUnits(AbsenceMethod method, LocalDate from, LocalDate to, BigDecimal dailyHours) {
        return switch (method) {
            case ACTUAL_HOURS, MONTHLY_HOURS -> BigDecimal.valueOf(count(from, to, false)).multiply(dailyHours);
            case WORKING_DAYS, WORKING_DAYS_AVERAGE -> BigDecimal.valueOf(count(from, to, false));
            case BUSINESS_DAYS, BUSINESS_DAYS_AVERAGE -> BigDecimal.valueOf(count(from, to, true));
            case CALENDAR_DAYS -> BigDecimal.valueOf(to.toEpochDay() - from.toEpochDay() + 1);
            case THIRTIETHS -> BigDecimal.valueOf(Math.min(30, to.toEpochDay() - from.toEpochDay() + 1));
        };
    }

    /** Absent units for a number of hours: hours for the hourly methods, hours / daily hours for the day methods. */
    public static BigDecimal absentUnits(AbsenceMethod method, BigDecimal hours, BigDecimal dailyHours) {
        return switch (method) {
            case ACTUAL_HOURS, MONTHLY_HOURS -> hours;
            default -> hours.divide(dailyHours, MathContext.DECIMAL128);
        };
    }

    static int count(LocalDate from, LocalDate to, boolean includeSaturday) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            DayOfWeek w = d.getDayOfWeek();
            if (w != DayOfWeek.SUNDAY && (includeSaturday || w != DayOfWeek.SATURDAY)) {
                n++;
            }
        }
        return n;
    }

    /** True when the range covers the whole month. */
    static boolean wholeMonth(LocalDate from, LocalDate to, YearMonth month) {
        return from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth());
    }
}
