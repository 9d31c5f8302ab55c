package fr.agora.domain.paie;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** Everything a monthly payslip needs. Validated on construction; errors name the field as the API calls it. */
public record PayslipInput(
        YearMonth period,
        Employee employee,
        Company company,
        List<OvertimeWeek> overtime,
        List<Absence> absences,
        List<Bonus> bonuses,
        List<BenefitInKind> benefitsInKind,
        BigDecimal withholdingTaxRate,
        List<SickLeave> sickLeaves,
        EndOfContract endOfContract) {

    /** A payslip without sick leave and without the end of a CDD (the shape of the first version). */
    public PayslipInput(YearMonth period, Employee employee, Company company, List<OvertimeWeek> overtime,
                        List<Absence> absences, List<Bonus> bonuses, List<BenefitInKind> benefitsInKind,
                        BigDecimal withholdingTaxRate) {
        this(period, employee, company, overtime, absences, bonuses, benefitsInKind, withholdingTaxRate, null, null);
    }

    public enum Category { NON_CADRE, CADRE }

    public enum Contract { CDI, CDD, APPRENTICE }

    public enum AbsenceMethod {
        ACTUAL_HOURS, MONTHLY_HOURS, WORKING_DAYS, WORKING_DAYS_AVERAGE, BUSINESS_DAYS, BUSINESS_DAYS_AVERAGE,
        CALENDAR_DAYS, THIRTIETHS
    }

    public enum BenefitKind { MEALS, HOUSING, VEHICLE, NTIC }

    /**
     * baseSalary (monthly) or hourlyRate × monthlyHours (default 151,67). hiredOn / leftOn (optional): an entry or an
     * exit within the period pays the days employed by {@code partialMonthMethod} (default CALENDAR_DAYS) and
     * prorates the ceiling; hiredOn also gives the seniority that sick-leave maintenance needs.
     */
    public record Employee(Category category, Contract contract, BigDecimal baseSalary, BigDecimal hourlyRate,
                           BigDecimal monthlyHours, LocalDate hiredOn, LocalDate leftOn, AbsenceMethod partialMonthMethod) {

        public Employee(Category category, Contract contract, BigDecimal baseSalary, BigDecimal hourlyRate, BigDecimal monthlyHours) {
            this(category, contract, baseSalary, hourlyRate, monthlyHours, null, null, null);
        }

        public Employee {
            Objects.requireNonNull(category, "category");
            contract = contract == null ? Contract.CDI : contract;
            partialMonthMethod = partialMonthMethod == null ? AbsenceMethod.CALENDAR_DAYS : partialMonthMethod;
            if (hiredOn != null && leftOn != null && leftOn.isBefore(hiredOn)) {
                throw new InvalidInputException("employee.leftOn", "must not be before hiredOn");
            }
            if (baseSalary == null && hourlyRate == null) {
                throw new InvalidInputException("employee.baseSalary", "baseSalary or hourlyRate is required");
            }
            if (baseSalary != null && baseSalary.signum() < 0) {
                throw new InvalidInputException("employee.baseSalary", "must not be negative");
            }
            if (hourlyRate != null && hourlyRate.signum() < 0) {
                throw new InvalidInputException("employee.hourlyRate", "must not be negative");
            }
            if (monthlyHours != null && (monthlyHours.signum() <= 0 || monthlyHours.compareTo(new BigDecimal("208")) > 0)) {
                throw new InvalidInputException("employee.monthlyHours", "must be in ]0, 208]");
            }
        }

        public BigDecimal hours() {
            return monthlyHours == null ? fr.agora.domain.paie.parameters.PayrollParameters.MONTHLY_HOURS : monthlyHours;
        }
    }

    /**
     * accidentRate in per cent; health insurance monthly amount with the employer's share in per cent; alsaceMoselle
     * when the establishment is in Bas-Rhin, Haut-Rhin or Moselle (its local rules are not modelled: a warning says so).
     */
    public record Company(int headcount, BigDecimal accidentRate, BigDecimal healthMonthlyAmount,
                          BigDecimal healthEmployerSharePercent, boolean alsaceMoselle) {

        public Company(int headcount, BigDecimal accidentRate, BigDecimal healthMonthlyAmount, BigDecimal healthEmployerSharePercent) {
            this(headcount, accidentRate, healthMonthlyAmount, healthEmployerSharePercent, false);
        }

        public Company {
            if (headcount < 1) {
                throw new InvalidInputException("company.headcount", "must be at least 1");
            }
            if (accidentRate == null || accidentRate.signum() < 0 || accidentRate.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("company.accidentRate", "must be a percentage in [0, 100]");
            }
            healthMonthlyAmount = healthMonthlyAmount == null ? BigDecimal.ZERO : healthMonthlyAmount;
            healthEmployerSharePercent = healthEmployerSharePercent == null ? BigDecimal.valueOf(50) : healthEmployerSharePercent;
            if (healthMonthlyAmount.signum() < 0) {
                throw new InvalidInputException("company.healthInsurance.monthlyAmount", "must not be negative");
            }
            if (healthEmployerSharePercent.signum() < 0 || healthEmployerSharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("company.healthInsurance.employerSharePercent", "must be in [0, 100]");
            }
        }
    }

    /** Hours worked in one week; majorations default to 25 / 50 % unless an agreement gives others (≥ 10 %). */
    public record OvertimeWeek(LocalDate weekStart, BigDecimal hoursWorked, boolean derogation,
                               BigDecimal firstRate, BigDecimal secondRate) {
        public OvertimeWeek(LocalDate weekStart, BigDecimal hoursWorked) {
            this(weekStart, hoursWorked, false, null, null);
        }
    }

    /** Either from/to (inclusive dates) or hours; the method is named. */
    public record Absence(LocalDate from, LocalDate to, BigDecimal hours, AbsenceMethod method) {
    }

    /**
     * A non-professional sick leave (arrêt maladie), inclusive dates; it may have started before the period (the
     * carence and the maintenance bands count from its first day). previousThreeMonthsGross: the gross of the three
     * months before the leave, for the daily IJSS (default 3 × the monthly base salary); priorMaintainedDays: days
     * already maintained by the employer in the 12 months before (they use the bands first, C. trav. D1226-4).
     */
    public record SickLeave(LocalDate from, LocalDate to, BigDecimal previousThreeMonthsGross, int priorMaintainedDays) {
        public SickLeave(LocalDate from, LocalDate to) {
            this(from, to, null, 0);
        }
    }

    /**
     * The last payslip of a CDD: previousGross = the gross paid in the earlier months of the contract;
     * precariousnessIndemnityDue = false in the cases the law excludes (C. trav. L1243-10: seasonal work, a CDI
     * refused or taken up, student holiday jobs…).
     */
    public record EndOfContract(BigDecimal previousGross, boolean precariousnessIndemnityDue) {
    }

    public record Bonus(String label, BigDecimal amount, boolean subjectToContributions) {
    }

    /** MEALS: quantity × meal value; other kinds: amount. */
    public record BenefitInKind(BenefitKind kind, BigDecimal quantity, BigDecimal amount) {
    }

    public PayslipInput {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(company, "company");
        overtime = overtime == null ? List.of() : List.copyOf(overtime);
        absences = absences == null ? List.of() : List.copyOf(absences);
        bonuses = bonuses == null ? List.of() : List.copyOf(bonuses);
        benefitsInKind = benefitsInKind == null ? List.of() : List.copyOf(benefitsInKind);
        validateOvertime(overtime);
        validateAbsences(period, absences);
        validateBonusesAndBenefits(bonuses, benefitsInKind);
        sickLeaves = sickLeaves == null ? List.of() : List.copyOf(sickLeaves);
        validateEmployment(period, employee);
        validateSickLeaves(period, employee, sickLeaves);
        validateEndOfContract(employee, endOfContract);
        if (withholdingTaxRate != null && (withholdingTaxRate.signum() < 0 || withholdingTaxRate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidInputException("withholdingTaxRate", "must be in [0, 100]");
        }
    }

    private static void validateOvertime(List<OvertimeWeek> overtime) {
        for (int i = 0; i < overtime.size(); i++) {
            OvertimeWeek w = overtime.get(i);
            String f = "overtime[" + i + "]";
            if (w.hoursWorked() == null || w.hoursWorked().signum() < 0) {
                throw new InvalidInputException(f + ".hoursWorked", "must not be negative");
            }
            if (w.hoursWorked().compareTo(fr.agora.domain.paie.parameters.PayrollParameters.MAX_WEEKLY_HOURS) > 0 && !w.derogation()) {
                throw new InvalidInputException("hours-over-legal-maximum", f + ".hoursWorked",
                        "more than 48 h in a week without a stated derogation", java.util.Map.of("hoursWorked", w.hoursWorked().toPlainString()));
            }
            if (w.firstRate() != null && w.firstRate().compareTo(BigDecimal.TEN) < 0) {
                throw new InvalidInputException(f + ".firstRate", "an agreement rate is at least 10 %");
            }
            if (w.secondRate() != null && w.secondRate().compareTo(BigDecimal.TEN) < 0) {
                throw new InvalidInputException(f + ".secondRate", "an agreement rate is at least 10 %");
            }
        }
    }

    private static void validateAbsences(YearMonth period, List<Absence> absences) {
        for (int i = 0; i < absences.size(); i++) {
            Absence a = absences.get(i);
            String f = "absences[" + i + "]";
            if (a.method() == null) {
                throw new InvalidInputException(f + ".method", "is required");
            }
            if (a.hours() != null) {
                if (a.hours().signum() < 0) {
                    throw new InvalidInputException(f + ".hours", "must not be negative");
                }
            } else {
                if (a.from() == null || a.to() == null) {
                    throw new InvalidInputException(f + ".from", "from/to or hours is required");
                }
                if (a.to().isBefore(a.from())) {
                    throw new InvalidInputException(f + ".to", "must not be before from");
                }
                if (!YearMonth.from(a.from()).equals(period) || !YearMonth.from(a.to()).equals(period)) {
                    throw new InvalidInputException(f + ".from", "the absence must lie within the period");
                }
            }
        }
    }

    private static void validateBonusesAndBenefits(List<Bonus> bonuses, List<BenefitInKind> benefitsInKind) {
        for (int i = 0; i < bonuses.size(); i++) {
            if (bonuses.get(i).amount() == null || bonuses.get(i).amount().signum() < 0) {
                throw new InvalidInputException("bonuses[" + i + "].amount", "must not be negative");
            }
        }
        for (int i = 0; i < benefitsInKind.size(); i++) {
            BenefitInKind b = benefitsInKind.get(i);
            String f = "benefitsInKind[" + i + "]";
            if (b.kind() == null) {
                throw new InvalidInputException(f + ".kind", "is required");
            }
            if (b.kind() == BenefitKind.MEALS ? (b.quantity() == null || b.quantity().signum() < 0)
                    : (b.amount() == null || b.amount().signum() < 0)) {
                throw new InvalidInputException(f + (b.kind() == BenefitKind.MEALS ? ".quantity" : ".amount"), "required, not negative");
            }
        }
    }

    private static void validateEmployment(YearMonth period, Employee e) {
        if (e.hiredOn() != null && e.hiredOn().isAfter(period.atEndOfMonth())) {
            throw new InvalidInputException("employee.hiredOn", "is after the period: no day employed");
        }
        if (e.leftOn() != null && e.leftOn().isBefore(period.atDay(1))) {
            throw new InvalidInputException("employee.leftOn", "is before the period: no day employed");
        }
    }

    private static void validateSickLeaves(YearMonth period, Employee e, List<SickLeave> sickLeaves) {
        for (int i = 0; i < sickLeaves.size(); i++) {
            SickLeave s = sickLeaves.get(i);
            String f = "sickLeaves[" + i + "]";
            if (s.from() == null || s.to() == null) {
                throw new InvalidInputException(f + ".from", "from and to are required");
            }
            if (s.to().isBefore(s.from())) {
                throw new InvalidInputException(f + ".to", "must not be before from");
            }
            if (s.to().isBefore(period.atDay(1)) || s.from().isAfter(period.atEndOfMonth())) {
                throw new InvalidInputException(f + ".to", "the leave must overlap the period");
            }
            if (s.previousThreeMonthsGross() != null && s.previousThreeMonthsGross().signum() < 0) {
                throw new InvalidInputException(f + ".previousThreeMonthsGross", "must not be negative");
            }
            if (s.priorMaintainedDays() < 0) {
                throw new InvalidInputException(f + ".priorMaintainedDays", "must not be negative");
            }
            if (e.hiredOn() == null) {
                throw new InvalidInputException("employee.hiredOn", "is required with a sick leave (the seniority decides the maintenance)");
            }
        }
    }

    private static void validateEndOfContract(Employee e, EndOfContract end) {
        if (end == null) {
            return;
        }
        if (e.contract() != Contract.CDD) {
            throw new InvalidInputException("endOfContract", "the end-of-contract indemnities are those of a CDD");
        }
        if (end.previousGross() == null || end.previousGross().signum() < 0) {
            throw new InvalidInputException("endOfContract.previousGross", "required, not negative");
        }
    }
}
