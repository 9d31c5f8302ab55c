package fr.agora.adapter.in.rest.paie;

import fr.agora.domain.paie.PayslipInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request and response records of the paie endpoints. */
public final class PayslipDtos {

    private PayslipDtos() {
    }

    public record PayslipRequest(
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") @Schema(example = "2026-01") String period,
            @NotNull @Valid EmployeeDto employee,
            @NotNull @Valid CompanyDto company,
            List<@Valid OvertimeDto> overtime,
            List<@Valid AbsenceDto> absences,
            List<@Valid BonusDto> bonuses,
            List<@Valid BenefitDto> benefitsInKind,
            @DecimalMin("0") @DecimalMax("100") BigDecimal withholdingTaxRate) {
    }

    public record EmployeeDto(@NotNull PayslipInput.Category category, PayslipInput.Contract contract,
                              @DecimalMin("0") BigDecimal baseSalary, @DecimalMin("0") BigDecimal hourlyRate,
                              @DecimalMin(value = "0", inclusive = false) BigDecimal monthlyHours) {
    }

    public record CompanyDto(@NotNull @Min(1) Integer headcount, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal accidentRate,
                             @Valid HealthInsuranceDto healthInsurance) {
    }

    public record HealthInsuranceDto(@NotNull @DecimalMin("0") BigDecimal monthlyAmount,
                                     @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal employerSharePercent) {
    }

    public record OvertimeDto(@NotNull LocalDate weekStart, @NotNull @DecimalMin("0") BigDecimal hoursWorked,
                              Boolean derogation, @DecimalMin("10") BigDecimal firstRate, @DecimalMin("10") BigDecimal secondRate) {
    }

    public record AbsenceDto(LocalDate from, LocalDate to, @DecimalMin("0") BigDecimal hours, @NotNull PayslipInput.AbsenceMethod method) {
    }

    public record BonusDto(String label, @NotNull @DecimalMin("0") BigDecimal amount, boolean subjectToContributions) {
    }

    public record BenefitDto(@NotNull PayslipInput.BenefitKind kind, @DecimalMin("0") BigDecimal quantity, @DecimalMin("0") BigDecimal amount) {
    }

    public record EarningDto(String code, String label, BigDecimal quantity, BigDecimal rate, BigDecimal amount) {
    }

    public record PayslipLineDto(String code, String label, String block, String collectingBody, BigDecimal base,
                          BigDecimal employeeRate, BigDecimal employeeAmount, BigDecimal employerRate, BigDecimal employerAmount) {
    }

    public record ParametersDto(String validFrom, String validTo, BigDecimal smicHourly, BigDecimal smicMonthly, BigDecimal pmss,
                                BigDecimal mealBenefit, Map<String, String> sources) {
    }

    public record PayslipResponse(String period, List<EarningDto> earnings, BigDecimal gross, List<PayslipLineDto> lines,
                                  BigDecimal totalEmployee, BigDecimal totalEmployer, BigDecimal netBeforeTax,
                                  BigDecimal netTaxable, BigDecimal netSocial, BigDecimal withholdingTaxRate,
                                  BigDecimal withholdingTax, BigDecimal benefitsInKind, BigDecimal netPaid,
                                  BigDecimal employerCost, ParametersDto parameters) {
    }

    public record JournalRequest(@NotEmpty List<@Valid @NotNull PayslipRequest> payslips) {
    }

    public record PayrollJournalLineDto(String account, String label, BigDecimal debit, BigDecimal credit) {
    }

    public record JournalResponse(List<PayrollJournalLineDto> entries, BigDecimal totalDebit, BigDecimal totalCredit,
                                  Map<String, BigDecimal> byCollectingBody) {
    }

    public record EntitlementRequest(@NotNull @DecimalMin("0") @DecimalMax("12") BigDecimal monthsWorked,
                                     @DecimalMin("0") @DecimalMax("12") BigDecimal monthsSickLeave,
                                     @DecimalMin("0") @DecimalMax("12") BigDecimal monthsWorkAccidentLeave) {
    }

    public record EntitlementResponse(int days, BigDecimal unrounded) {
    }

    public record IndemnityRequest(@NotNull @DecimalMin("0") BigDecimal monthlySalary,
                                   @NotNull @DecimalMin("0") BigDecimal referencePeriodGross,
                                   @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal entitlementDays,
                                   @NotNull @DecimalMin("0") BigDecimal daysTaken,
                                   @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal daysInMonth,
                                   @NotNull fr.agora.domain.paie.leave.LeaveIndemnity.DayBasis dayBasis) {
    }

    public record IndemnityResponse(BigDecimal tenthRule, BigDecimal salaryMaintenance, BigDecimal retained, String method) {
    }
}
