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
        BigDecimal withholdingTaxRate) {

    public enum Category { NON_CADRE, CADRE }

    public enum Contract { CDI, CDD, APPRENTICE }

    public enum AbsenceMethod {
        ACTUAL_HOURS, MONTHLY_HOURS, WORKING_DAYS, WORKING_DAYS_AVERAGE, BUSINESS_DAYS, BUSINESS_DAYS_AVERAGE,
        CALENDAR_DAYS, THIRTIETHS
    }

    public enum BenefitKind { MEALS, HOUSING, VEHICLE, NTIC }

    /** baseSalary (monthly) or hourlyRate × monthlyHours (default 151,67). */
    public record Employee(Category category, Contract contract, BigDecimal baseSalary, BigDecimal hourlyRate,
                           BigDecimal monthlyHours) {
        public Employee {
            Objects.requireNonNull(category, "category");
            contract = contract == null ? Contract.CDI : contract;
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

    /** accidentRate in per cent; health insurance monthly amount with the employer's share in per cent. */
    public record Company(int headcount, BigDecimal accidentRate, BigDecimal healthMonthlyAmount,
                          BigDecimal healthEmployerSharePercent) {
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
        if (withholdingTaxRate != null && (withholdingTaxRate.signum() < 0 || withholdingTaxRate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidInputException("withholdingTaxRate", "must be in [0, 100]");
        }
    }
}
