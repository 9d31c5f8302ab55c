package fr.agora.adapter.in.rest.paie;

import fr.agora.domain.paie.PayslipInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
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
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") @Schema(example = "2026-03") String period,
            @NotNull @Valid PayslipEmployeeDto employee,
            @NotNull @Valid PayslipCompanyDto company,
            @Size(max = 6) List<@Valid @NotNull PayslipOvertimeDto> overtime,
            @Size(max = 31) List<@Valid @NotNull PayslipAbsenceDto> absences,
            @Size(max = 50) List<@Valid @NotNull PayslipBonusDto> bonuses,
            @Size(max = 10) List<@Valid @NotNull PayslipBenefitDto> benefitsInKind,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal withholdingTaxRate,
            @Size(max = 5) @Schema(description = "Non-professional sick leaves overlapping the period (subrogation)")
            List<@Valid @NotNull PayslipSickLeaveDto> sickLeaves,
            @Valid @Schema(description = "Present on the last payslip of a CDD") PayslipEndOfContractDto endOfContract) {
    }

    public record PayslipEmployeeDto(
            @NotNull PayslipInput.Category category, PayslipInput.Contract contract,
            @DecimalMin("0") @Digits(integer = 9, fraction = 2) @Schema(example = "2480.00") BigDecimal baseSalary,
            @DecimalMin("0") @Digits(integer = 6, fraction = 4) BigDecimal hourlyRate,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("208") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Contract hours a month; under 151,67 the ceiling is prorated (CSS R242-7)", example = "104") BigDecimal monthlyHours,
            @Schema(description = "Hiring date: an entry within the period prorates salary and ceiling; the seniority for sick pay",
                    example = "2022-09-01") LocalDate hiredOn,
            @Schema(description = "Last day of the contract: an exit within the period prorates salary and ceiling", example = "2026-03-31")
            LocalDate leftOn,
            @Schema(description = "Method paying the days employed in a month with entry or exit (default CALENDAR_DAYS)",
                    example = "CALENDAR_DAYS") PayslipInput.AbsenceMethod partialMonthMethod) {
    }

    public record PayslipCompanyDto(@NotNull @Min(1) @Max(1_000_000) Integer headcount,
                                    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal accidentRate,
                                    @Valid PayslipHealthInsuranceDto healthInsurance,
                                    @Schema(description = "Establishment in Bas-Rhin, Haut-Rhin or Moselle (local rules not modelled: warning)",
                                            example = "false") Boolean alsaceMoselle) {
    }

    public record PayslipHealthInsuranceDto(@NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal monthlyAmount,
                                            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal employerSharePercent) {
    }

    public record PayslipOvertimeDto(@NotNull LocalDate weekStart, @NotNull @DecimalMin("0") @DecimalMax("168") @Digits(integer = 3, fraction = 2) BigDecimal hoursWorked,
                                     Boolean derogation, @DecimalMin("10") @DecimalMax("100") BigDecimal firstRate,
                                     @DecimalMin("10") @DecimalMax("100") BigDecimal secondRate) {
    }

    public record PayslipAbsenceDto(LocalDate from, LocalDate to, @DecimalMin("0") @DecimalMax("744") @Digits(integer = 3, fraction = 2) BigDecimal hours,
                                    @NotNull PayslipInput.AbsenceMethod method) {
    }

    public record PayslipBonusDto(@Size(max = 100) String label, @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal amount,
                                  boolean subjectToContributions) {
    }

    public record PayslipBenefitDto(@NotNull PayslipInput.BenefitKind kind, @DecimalMin("0") @DecimalMax("100") BigDecimal quantity,
                                    @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal amount) {
    }

    public record PayslipSickLeaveDto(
            @NotNull @Schema(example = "2026-03-02") LocalDate from, @NotNull @Schema(example = "2026-03-20") LocalDate to,
            @DecimalMin("0") @Digits(integer = 9, fraction = 2)
            @Schema(description = "Gross of the 3 months before the leave, for the IJSS (default 3 × base salary)", example = "7440.00")
            BigDecimal previousThreeMonthsGross,
            @Min(0) @Max(366) @Schema(description = "Days maintained by the employer in the 12 months before", example = "0")
            Integer priorMaintainedDays) {
    }

    public record PayslipEndOfContractDto(
            @NotNull @DecimalMin("0") @Digits(integer = 11, fraction = 2)
            @Schema(description = "Gross paid in the earlier months of the CDD", example = "10000.00") BigDecimal previousGross,
            @Schema(description = "False in the cases of C. trav. L1243-10 (default true)", example = "true") Boolean precariousnessIndemnityDue) {
    }

    public record PayslipEarningDto(String code, String label, BigDecimal quantity, BigDecimal rate, BigDecimal amount) {
    }

    public record PayslipContributionLineDto(String code, String label, String block, String collectingBody, BigDecimal base,
                                             BigDecimal employeeRate, BigDecimal employeeAmount, BigDecimal employerRate,
                                             BigDecimal employerAmount) {
    }

    public record PayslipParametersDto(String validFrom, String validTo, BigDecimal smicHourly, BigDecimal smicMonthly, BigDecimal pmss,
                                       BigDecimal mealBenefit, Map<String, String> sources) {
    }

    @Schema(description = "IJSS advanced by the employer (subrogation)")
    public record PayslipSickPayDto(@Schema(example = "3") int carenceDays, @Schema(example = "16") int ijssDays,
                                    @Schema(example = "40.77") BigDecimal dailyIjss, @Schema(example = "652.32") BigDecimal ijssGross,
                                    @Schema(example = "43.70") BigDecimal csgCrds, @Schema(example = "608.62") BigDecimal ijssNet,
                                    @Schema(example = "627.53") BigDecimal ijssTaxable) {
    }

    @Schema(description = "The RGDU (negative) split between the bodies it is imputed on (CSS L241-13 VIII)")
    public record PayslipGeneralReductionDto(@Schema(example = "-86.65") BigDecimal retraiteComplementaire,
                                             @Schema(example = "-487.33") BigDecimal urssaf) {
    }

    public record PayslipWarningDto(@Schema(example = "VERSEMENT_MOBILITE_NOT_MODELLED") String code, String message) {
    }

    public record PayslipResponse(
            String period, List<PayslipEarningDto> earnings, BigDecimal gross, List<PayslipContributionLineDto> lines,
            BigDecimal totalEmployee, BigDecimal totalEmployer,
            @Schema(description = "Net salary: gross − employee contributions (kept under its first name; the bulletin's"
                    + " \"net à payer avant impôt\" is netPayableBeforeIncomeTax)", example = "1925.05") BigDecimal netBeforeTax,
            BigDecimal netTaxable, BigDecimal netSocial, BigDecimal withholdingTaxRate,
            BigDecimal withholdingTax, BigDecimal benefitsInKind,
            @Schema(description = "Net à payer avant impôt sur le revenu: net − benefits in kind already received +"
                    + " non-subject bonuses + IJSS advanced", example = "1815.05") BigDecimal netPayableBeforeIncomeTax,
            BigDecimal netPaid, BigDecimal employerCost,
            @Schema(description = "The month's social-security ceiling, prorated for part time and entry/exit", example = "2746.29")
            BigDecimal socialSecurityCeiling,
            PayslipSickPayDto sickPay, PayslipGeneralReductionDto generalReduction,
            @Schema(description = "Contributions that may apply and are not computed") List<PayslipWarningDto> warnings,
            PayslipParametersDto parameters) {
    }

    public record PayrollJournalRequest(@NotEmpty @Size(max = 10_000) List<@Valid @NotNull PayslipRequest> payslips) {
    }

    public record PayrollJournalEntryDto(String account, String label, BigDecimal debit, BigDecimal credit) {
    }

    public record PayrollJournalResponse(List<PayrollJournalEntryDto> entries, BigDecimal totalDebit, BigDecimal totalCredit,
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
