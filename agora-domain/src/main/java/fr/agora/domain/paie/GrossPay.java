package fr.agora.domain.paie;

import static fr.agora.domain.paie.parameters.PayrollParameters.LEGAL_MONTHLY_HOURS;
import static fr.agora.domain.paie.parameters.PayrollParameters.LEGAL_WEEKLY_HOURS;

import fr.agora.domain.paie.Payslip.EarningLine;
import fr.agora.domain.paie.PayslipInput.Absence;
import fr.agora.domain.paie.PayslipInput.AbsenceMethod;
import fr.agora.domain.paie.PayslipInput.BenefitInKind;
import fr.agora.domain.paie.PayslipInput.BenefitKind;
import fr.agora.domain.paie.PayslipInput.Bonus;
import fr.agora.domain.paie.PayslipInput.Employee;
import fr.agora.domain.paie.PayslipInput.OvertimeWeek;
import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The earnings of the payslip, in the order of the bulletin, up to the gross: base salary, days not employed (entry
 * or exit), overtime, absences, sick leave, bonuses, benefits in kind, end of a CDD. Built once per payslip.
 */
final class GrossPay {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal EIGHT = BigDecimal.valueOf(8);
    private static final BigDecimal DAILY_DIVISOR = BigDecimal.valueOf(260); // 52 weeks × 5 days / 12 months
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal DEFAULT_FIRST_MAJORATION = BigDecimal.valueOf(25);
    private static final BigDecimal DEFAULT_SECOND_MAJORATION = BigDecimal.valueOf(50);

    private final PayslipInput in;
    private final PayrollParameters parameters;
    final List<EarningLine> earnings = new ArrayList<>();
    /** Contract hours of the month, exact: the legal 35 × 52 / 12 when the contract gives none. */
    final BigDecimal contractHours;
    final Money baseSalary;
    final BigDecimal hourlyRate;
    final EmploymentDays employment;
    Money gross;
    Money overtimePay = Money.ZERO;
    BigDecimal overtimeHours = BigDecimal.ZERO;
    /** Entry/exit, absences and sick leave taken off the base salary (never more than it). */
    Money salaryNotPaid = Money.ZERO;
    /** The employer's sick-pay complement, which the RGDU counts as salary paid. */
    Money salaryMaintained = Money.ZERO;
    Money nonSubjectBonuses = Money.ZERO;
    Money benefitsInKind = Money.ZERO;
    Payslip.SickPay sickPay = Payslip.SickPay.NONE;

    GrossPay(PayslipInput in, PayrollParameters parameters) {
        this.in = in;
        this.parameters = parameters;
        Employee e = in.employee();
        this.contractHours = e.monthlyHours() == null ? LEGAL_MONTHLY_HOURS : e.monthlyHours();
        this.baseSalary = e.baseSalary() != null ? Money.roundedHalfUp(e.baseSalary())
                : Money.roundedHalfUp(e.hourlyRate().multiply(contractHours));
        this.hourlyRate = e.baseSalary() != null ? baseSalary.amount().divide(contractHours, MathContext.DECIMAL64) : e.hourlyRate();
        this.employment = EmploymentDays.of(e, in.period());
        this.gross = baseSalary;
        baseSalaryLine();
        daysNotEmployed();
        overtime();
        absences();
        sickLeave();
        bonuses();
        benefitsInKind();
        endOfContract();
    }

    /** Share of the month's salary actually paid, for the SMIC of the RGDU (CSS D241-7: SMIC prorated on the pay). */
    BigDecimal salaryPaidShare() {
        if (baseSalary.isZero()) {
            return BigDecimal.ZERO;
        }
        if (salaryNotPaid.isZero() && salaryMaintained.isZero()) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.subtract(salaryNotPaid.minus(salaryMaintained).amount().divide(baseSalary.amount(), MathContext.DECIMAL64));
    }

    private void baseSalaryLine() {
        earnings.add(new EarningLine("BASE", "Salaire de base", contractHours.setScale(2, RoundingMode.HALF_UP),
                hourlyRate.setScale(4, RoundingMode.HALF_UP), baseSalary));
    }

    /**
     * Entry or exit during the month: the days outside the contract are taken off by the employee's partial-month
     * method (default CALENDAR_DAYS: the same calendar days that prorate the ceiling, and a salary that does not depend
     * on the weekday the contract starts or ends — with WORKING_DAYS an exit on a Sunday the 1st would pay nothing).
     */
    private void daysNotEmployed() {
        if (!employment.partial()) {
            return;
        }
        AbsenceMethod method = in.employee().partialMonthMethod();
        YearMonth month = in.period();
        BigDecimal dailyHours = dailyHours();
        BigDecimal notEmployed = BigDecimal.ZERO;
        if (employment.first().isAfter(month.atDay(1))) {
            notEmployed = notEmployed.add(AbsenceDeduction.absentUnits(method, month.atDay(1), employment.first().minusDays(1), dailyHours));
        }
        if (employment.last().isBefore(month.atEndOfMonth())) {
            notEmployed = notEmployed.add(AbsenceDeduction.absentUnits(method, employment.last().plusDays(1), month.atEndOfMonth(), dailyHours));
        }
        BigDecimal monthUnits = AbsenceDeduction.monthUnits(method, month, contractHours, dailyHours);
        Money deduction = Money.of(AbsenceDeduction.deduction(baseSalary.amount(), notEmployed.min(monthUnits), monthUnits));
        takeOffSalary("ENTREE_SORTIE_" + method, "Entrée / sortie en cours de mois (" + method + ")", notEmployed, monthUnits, deduction);
    }

    /**
     * Overtime: bands counted per week (over 35 h: the first 8 at the first rate, beyond at the second), then one
     * earning line per majoration rate for the month (hours summed), rounded once — as the payslip shows it and as
     * mon-entreprise computes it (monthly hours × hourly rate × (1 + rate)).
     */
    private void overtime() {
        if (in.overtime().isEmpty()) {
            return;
        }
        Map<BigDecimal, BigDecimal> hoursByMajoration = new LinkedHashMap<>();
        for (OvertimeWeek w : in.overtime()) {
            BigDecimal overtimeOfWeek = w.hoursWorked().subtract(LEGAL_WEEKLY_HOURS).max(BigDecimal.ZERO);
            BigDecimal firstBandHours = overtimeOfWeek.min(EIGHT);
            BigDecimal secondBandHours = overtimeOfWeek.subtract(firstBandHours);
            if (firstBandHours.signum() > 0) {
                hoursByMajoration.merge(majoration(w.firstRate(), DEFAULT_FIRST_MAJORATION), firstBandHours, BigDecimal::add);
            }
            if (secondBandHours.signum() > 0) {
                hoursByMajoration.merge(majoration(w.secondRate(), DEFAULT_SECOND_MAJORATION), secondBandHours, BigDecimal::add);
            }
            overtimeHours = overtimeHours.add(overtimeOfWeek);
        }
        for (Map.Entry<BigDecimal, BigDecimal> e : hoursByMajoration.entrySet()) {
            BigDecimal factor = HUNDRED.add(e.getKey()).movePointLeft(2);
            Money pay = Money.roundedHalfUp(e.getValue().multiply(hourlyRate).multiply(factor));
            String rate = e.getKey().toPlainString();
            earnings.add(new EarningLine("HS" + rate, "Heures supplémentaires +" + rate + " %", e.getValue(),
                    hourlyRate.multiply(factor).setScale(4, RoundingMode.HALF_UP), pay));
            overtimePay = overtimePay.plus(pay);
        }
        gross = gross.plus(overtimePay);
    }

    private static BigDecimal majoration(BigDecimal agreed, BigDecimal legal) {
        return (agreed == null ? legal : agreed).stripTrailingZeros();
    }

    /** Absences, by the method named on each; a whole-month absence takes the whole salary. */
    private void absences() {
        if (in.absences().isEmpty()) {
            return;
        }
        BigDecimal dailyHours = dailyHours();
        for (Absence a : in.absences()) {
            BigDecimal units = a.hours() != null ? AbsenceDeduction.absentUnits(a.method(), a.hours(), dailyHours)
                    : AbsenceDeduction.absentUnits(a.method(), a.from(), a.to(), dailyHours);
            BigDecimal monthUnits = AbsenceDeduction.monthUnits(a.method(), in.period(), contractHours, dailyHours);
            BigDecimal deduction = a.hours() == null && AbsenceDeduction.wholeMonth(a.from(), a.to(), in.period())
                    ? baseSalary.amount() : AbsenceDeduction.deduction(baseSalary.amount(), units, monthUnits);
            takeOffSalary("ABS_" + a.method(), "Absence (" + a.method() + ")", units, monthUnits, Money.of(deduction));
        }
    }

    /** Sick leave: the days are taken off (calendar days, as the IJSS count), the legal complement added back. */
    private void sickLeave() {
        for (PayslipInput.SickLeave leave : in.sickLeaves()) {
            SickLeavePay pay = SickLeavePay.of(leave, in, parameters, baseSalary, employment);
            takeOffSalary("ABS_MALADIE", "Absence maladie (" + leave.from() + " – " + leave.to() + ")",
                    BigDecimal.valueOf(pay.daysInMonth()), BigDecimal.valueOf(in.period().lengthOfMonth()), pay.salaryOfTheDays());
            maintain("MAINTIEN_SALAIRE_90", "Maintien de salaire 90 % (IJSS déduites)", pay.daysAtFirstRate(), pay.complementAtFirstRate());
            maintain("MAINTIEN_SALAIRE_66", "Maintien de salaire 66,66 % (IJSS déduites)", pay.daysAtSecondRate(), pay.complementAtSecondRate());
            sickPay = sickPay.plus(pay.sickPay());
        }
    }

    private void maintain(String code, String label, int days, Money complement) {
        if (days > 0 && complement.isPositive()) {
            earnings.add(new EarningLine(code, label, BigDecimal.valueOf(days), null, complement));
            salaryMaintained = salaryMaintained.plus(complement);
            gross = gross.plus(complement);
        }
    }

    private void bonuses() {
        for (Bonus b : in.bonuses()) {
            Money amount = Money.roundedHalfUp(b.amount());
            earnings.add(new EarningLine(b.subjectToContributions() ? "PRIME" : "PRIME_NON_SOUMISE",
                    b.label() == null ? "Prime" : b.label(), null, null, amount));
            if (b.subjectToContributions()) {
                gross = gross.plus(amount);
            } else {
                nonSubjectBonuses = nonSubjectBonuses.plus(amount);
            }
        }
    }

    /** Benefits in kind: added to gross, deducted after the net (already received). */
    private void benefitsInKind() {
        for (BenefitInKind b : in.benefitsInKind()) {
            boolean meals = b.kind() == BenefitKind.MEALS;
            Money amount = meals ? Money.roundedHalfUp(b.quantity().multiply(parameters.mealBenefit())) : Money.roundedHalfUp(b.amount());
            earnings.add(new EarningLine("AEN_" + b.kind(), "Avantage en nature (" + b.kind() + ")",
                    meals ? b.quantity() : null, meals ? parameters.mealBenefit() : null, amount));
            benefitsInKind = benefitsInKind.plus(amount);
        }
        gross = gross.plus(benefitsInKind);
    }

    /**
     * The last payslip of a CDD: indemnité de fin de contrat = 10 % of the contract's total gross (C. trav. L1243-8),
     * then the indemnité compensatrice de congés payés = 10 % of that gross including the précarité indemnity
     * (L3141-24, L1242-16: the précarité indemnity is pay for the leave base). No leave taken during the contract.
     */
    private void endOfContract() {
        PayslipInput.EndOfContract end = in.endOfContract();
        if (end == null) {
            return;
        }
        BigDecimal contractGross = end.previousGross().add(gross.amount());
        Money precariousness = end.precariousnessIndemnityDue()
                ? Money.roundedHalfUp(contractGross.multiply(PayrollParameters.PRECARIOUSNESS_RATE)) : Money.ZERO;
        if (precariousness.isPositive()) {
            earnings.add(new EarningLine("INDEMNITE_FIN_CONTRAT", "Indemnité de fin de contrat (10 %)",
                    contractGross.setScale(2, RoundingMode.HALF_UP), BigDecimal.TEN, precariousness));
        }
        BigDecimal leaveBase = contractGross.add(precariousness.amount());
        Money leave = Money.roundedHalfUp(leaveBase.multiply(PayrollParameters.CDD_LEAVE_RATE));
        earnings.add(new EarningLine("INDEMNITE_COMPENSATRICE_CP", "Indemnité compensatrice de congés payés (10 %)",
                leaveBase.setScale(2, RoundingMode.HALF_UP), BigDecimal.TEN, leave));
        gross = gross.plus(precariousness).plus(leave);
    }

    /** A deduction from the base salary, capped so that the deductions never exceed it. */
    private void takeOffSalary(String code, String label, BigDecimal units, BigDecimal monthUnits, Money deduction) {
        Money taken = deduction.amount().compareTo(baseSalary.minus(salaryNotPaid).amount()) > 0
                ? baseSalary.minus(salaryNotPaid) : deduction;
        salaryNotPaid = salaryNotPaid.plus(taken);
        gross = gross.minus(taken);
        earnings.add(new EarningLine(code, label, units.setScale(2, RoundingMode.HALF_UP), monthUnits.setScale(2, RoundingMode.HALF_UP), taken.negate()));
    }

    private BigDecimal dailyHours() {
        return contractHours.multiply(TWELVE).divide(DAILY_DIVISOR, 2, RoundingMode.HALF_UP);
    }

    /** The days of the period the employee is under contract. */
    record EmploymentDays(LocalDate first, LocalDate last, boolean partial) {
        static EmploymentDays of(Employee e, YearMonth month) {
            LocalDate first = e.hiredOn() != null && e.hiredOn().isAfter(month.atDay(1)) ? e.hiredOn() : month.atDay(1);
            LocalDate last = e.leftOn() != null && e.leftOn().isBefore(month.atEndOfMonth()) ? e.leftOn() : month.atEndOfMonth();
            return new EmploymentDays(first, last, !first.equals(month.atDay(1)) || !last.equals(month.atEndOfMonth()));
        }

        long calendarDays() {
            return last.toEpochDay() - first.toEpochDay() + 1;
        }
    }
}
