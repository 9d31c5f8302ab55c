package fr.agora.domain.paie;

import static fr.agora.domain.paie.parameters.PayrollParameters.*;

import fr.agora.domain.paie.GrossPay.EmploymentDays;
import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * One non-professional sick leave on the month's payslip, the employer advancing the IJSS (subrogation).
 * <ul>
 *   <li>IJSS (CSS R323-1, R323-4, décret 2025-160): from the 4th day (3 days' carence), per calendar day, 50 % of the
 *       daily basic wage = gross of the 3 months before / 91,25, that gross capped at 3 × 1,4 SMIC (the SMIC of the
 *       period); rounded to the cent per day. CSG 6,20 % and CRDS 0,50 % are withheld by the CPAM.</li>
 *   <li>Legal maintenance (C. trav. L1226-1, D1226-1 to D1226-8): seniority ≥ 1 year on the first day; from the 8th
 *       day (7 days' carence); 90 % of the pay the employee would have earned, then two thirds, for 30 days each
 *       + 10 days per full 5 years of seniority beyond the first, at most 90 each; days already maintained in the 12
 *       months before use the bands first; the complement is that guarantee minus the gross IJSS, never negative.</li>
 *   <li>The days are valued on calendar days (base salary / days of the month), as the IJSS are.</li>
 * </ul>
 */
record SickLeavePay(int daysInMonth, Money salaryOfTheDays, int daysAtFirstRate, Money complementAtFirstRate,
                    int daysAtSecondRate, Money complementAtSecondRate, Payslip.SickPay sickPay) {

    static SickLeavePay of(PayslipInput.SickLeave leave, PayslipInput in, PayrollParameters p, Money baseSalary, EmploymentDays employment) {
        YearMonth month = in.period();
        LocalDate first = max(leave.from(), employment.first());
        LocalDate last = min(leave.to(), employment.last());
        int days = first.isAfter(last) ? 0 : (int) (last.toEpochDay() - first.toEpochDay() + 1);
        BigDecimal dailySalary = baseSalary.amount().divide(BigDecimal.valueOf(month.lengthOfMonth()), MathContext.DECIMAL64);
        Money dailyIjss = dailyIjss(leave, p, baseSalary);
        int bandDays = maintenanceDaysPerBand(in.employee().hiredOn(), leave.from());
        int carence = 0;
        int ijssDays = 0;
        int firstRateDays = 0;
        int secondRateDays = 0;
        for (int i = 0; i < days; i++) {
            long dayOfLeave = ChronoUnit.DAYS.between(leave.from(), first.plusDays(i)) + 1;
            if (dayOfLeave <= IJSS_WAITING_DAYS) {
                carence++;
            } else {
                ijssDays++;
            }
            if (dayOfLeave > MAINTENANCE_WAITING_DAYS) {
                long maintainedDay = dayOfLeave - MAINTENANCE_WAITING_DAYS + leave.priorMaintainedDays();
                if (maintainedDay <= bandDays) {
                    firstRateDays++;
                } else if (maintainedDay <= 2L * bandDays) {
                    secondRateDays++;
                }
            }
        }
        Money salaryOfTheDays = Money.of(AbsenceDeduction.deduction(baseSalary.amount(), BigDecimal.valueOf(days),
                BigDecimal.valueOf(month.lengthOfMonth())));
        Money ijssGross = dailyIjss.times(BigDecimal.valueOf(ijssDays), Money.HALF_UP);
        Money csg = ijssGross.times(IJSS_CSG, Money.HALF_UP);
        Money crds = ijssGross.times(IJSS_CRDS, Money.HALF_UP);
        Money csgDeductible = ijssGross.times(IJSS_CSG_DEDUCTIBLE, Money.HALF_UP);
        Payslip.SickPay sickPay = new Payslip.SickPay(carence, ijssDays, dailyIjss, ijssGross, csg.plus(crds),
                ijssGross.minus(csg).minus(crds), ijssGross.minus(csgDeductible));
        return new SickLeavePay(days, salaryOfTheDays,
                firstRateDays, complement(firstRateDays, MAINTENANCE_FIRST_RATE, dailySalary, dailyIjss),
                secondRateDays, complement(secondRateDays, MAINTENANCE_SECOND_RATE, dailySalary, dailyIjss), sickPay);
    }

    /** Guarantee − IJSS, per day, times the days; rounded once. */
    private static Money complement(int days, BigDecimal rate, BigDecimal dailySalary, Money dailyIjss) {
        BigDecimal perDay = rate.multiply(dailySalary).subtract(dailyIjss.amount()).max(BigDecimal.ZERO);
        return Money.roundedHalfUp(perDay.multiply(BigDecimal.valueOf(days)));
    }

    static Money dailyIjss(PayslipInput.SickLeave leave, PayrollParameters p, Money baseSalary) {
        BigDecimal threeMonths = leave.previousThreeMonthsGross() != null ? leave.previousThreeMonthsGross()
                : baseSalary.amount().multiply(BigDecimal.valueOf(3));
        BigDecimal cap = p.smicMonthly().multiply(IJSS_CAP_SMIC_MULTIPLE).multiply(BigDecimal.valueOf(3));
        return Money.roundedHalfUp(threeMonths.min(cap).multiply(IJSS_RATE).divide(IJSS_DAYS_OF_THREE_MONTHS, MathContext.DECIMAL64));
    }

    /** Days of each band (90 %, then two thirds) by seniority on the first day of the leave; 0 under one year. */
    static int maintenanceDaysPerBand(LocalDate hiredOn, LocalDate firstDayOfLeave) {
        long years = ChronoUnit.YEARS.between(hiredOn, firstDayOfLeave);
        if (years < 1) {
            return 0;
        }
        return (int) Math.min(MAINTENANCE_MAX_DAYS, MAINTENANCE_BASE_DAYS + MAINTENANCE_DAYS_PER_5_YEARS * ((years - 1) / 5));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
