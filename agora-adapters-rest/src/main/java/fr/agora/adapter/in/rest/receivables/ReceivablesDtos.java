package fr.agora.adapter.in.rest.receivables;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request and response bodies of {@code POST /api/v1/receivables/ageing}. */
public final class ReceivablesDtos {
    private ReceivablesDtos() {
    }

    public record ReceivablesAgeingRequest(@NotNull LocalDate date,
                                           @NotNull @Size(max = 100_000) List<@Valid @NotNull ReceivablesItemDto> items,
                                           @Valid ReceivablesPolicyDto policy,
                                           @Valid ReceivablesPenaltyTermsDto penaltyTerms) {
    }

    public record ReceivablesItemDto(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 100) String customer,
                                     @NotNull LocalDate dueDate,
                                     @NotNull @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }

    public record ReceivablesPolicyDto(@NotNull @Min(1) @Max(3650) Integer firstReminderDays,
                                       @NotNull @Min(1) @Max(3650) Integer secondReminderDays,
                                       @NotNull @Min(1) @Max(3650) Integer formalNoticeDays,
                                       @NotNull @Min(1) @Max(3650) Integer litigationDays) {
    }

    /** Absent: the legal default rate (ECB rate of each half-year + 10 points, Code de commerce L441-10 II). */
    public record ReceivablesPenaltyTermsDto(
            @Schema(description = "Contractual annual rate of the late-payment penalties, in %", example = "15")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal contractualRatePercent) {
    }

    public record ReceivablesAgeingResponse(LocalDate date, Map<String, BigDecimal> totals, BigDecimal total,
                                            List<ReceivablesAgedItemDto> items,
                                            List<ReceivablesCustomerDto> customers,
                                            @Schema(description = "Assumptions a figure rests on") List<String> warnings) {
    }

    public record ReceivablesAgedItemDto(String id, String customer, long daysOverdue, String bucket, BigDecimal amount,
                                         @Schema(description = "Late-payment interest at the date", example = "314.47")
                                         BigDecimal penalties,
                                         @Schema(description = "Fixed recovery indemnity (D441-5)", example = "40.00")
                                         BigDecimal indemnity,
                                         List<ReceivablesPenaltyPeriodDto> penaltyPeriods) {
    }

    public record ReceivablesPenaltyPeriodDto(LocalDate from, LocalDate to, long days,
                                              @Schema(example = "12.15") BigDecimal ratePercent) {
    }

    public record ReceivablesCustomerDto(String customer, Map<String, BigDecimal> totals, BigDecimal total,
                                         long maxDaysOverdue, String stage,
                                         @Schema(example = "314.47") BigDecimal penalties,
                                         @Schema(example = "40.00") BigDecimal indemnities,
                                         ReceivablesReminderLetterDto letter) {
    }

    public record ReceivablesReminderLetterDto(@Schema(example = "MISE_EN_DEMEURE") String stage, String customer,
                                               LocalDate date, List<String> invoiceIds, BigDecimal principal,
                                               BigDecimal penalties, BigDecimal indemnities,
                                               @Schema(example = "10354.47") BigDecimal amountClaimed,
                                               LocalDate payBy, List<String> mentions) {
    }
}
