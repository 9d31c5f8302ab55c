package fr.agora.adapter.in.rest.tva;

import fr.agora.domain.tva.Exemption;
import fr.agora.domain.tva.Franchise;
import fr.agora.domain.tva.MarginScheme;
import fr.agora.domain.tva.Nature;
import fr.agora.domain.tva.OperationKind;
import fr.agora.domain.tva.VatConversion;
import fr.agora.domain.tva.VatDeduction;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request and response bodies of {@code /api/v1/tva}. Amounts are exact JSON decimals. */
public final class TvaDtos {

    private TvaDtos() {
    }

    public record TvaConvertRequest(
            @NotNull @Digits(integer = 13, fraction = 2) @Schema(example = "100.00") BigDecimal amount,
            @NotNull @Digits(integer = 3, fraction = 2) @Schema(example = "20") BigDecimal vatRate,
            @NotNull @Schema(description = "HT or TTC: what the amount is") VatConversion.From from,
            @Schema(description = "Date whose rates apply; today when absent") LocalDate date) {
    }

    public record TvaConvertResponse(BigDecimal exclVat, BigDecimal vat, BigDecimal inclVat, BigDecimal vatRate, String rule) {
    }

    // ---- CA3

    public record TvaPeriodDto(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    public record TvaPaymentDto(@NotNull LocalDate date,
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount) {
    }

    public record TvaOperationLineDto(@NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal base,
            @NotNull @Digits(integer = 3, fraction = 2) BigDecimal vatRate,
            @Schema(description = "Required at vatRate 0: EXPORT → E1, INTRA_EU_DELIVERY → F2, OTHER_EXEMPT and "
                    + "REVERSE_CHARGE → E2 (FRANCHISE_EN_BASE only on purchases: a franchise seller files no CA3)",
                    example = "EXPORT") Exemption exemption) {
    }

    public record TvaOperationDto(@NotNull OperationKind kind, @NotNull Nature nature, Boolean fixedAsset,
            Boolean vatOnDebits, @NotNull LocalDate invoiceDate, LocalDate deliveryDate,
            List<@NotNull @Valid TvaPaymentDto> payments,
            @NotNull List<@NotNull @Valid TvaOperationLineDto> lines) {
    }

    public record Ca3Request(@NotNull @Valid TvaPeriodDto period,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(description = "Line 27 of the previous return (→ line 22)") BigDecimal previousCredit,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(description = "Refund requested (line 26)") BigDecimal refundRequested,
            @NotNull List<@NotNull @Valid TvaOperationDto> operations) {
    }

    @Schema(description = "A box in whole euros: base and tax for a taxed line, amount for a total")
    public record Ca3BoxDto(String label, BigDecimal base, BigDecimal tax, BigDecimal amount) {
    }

    public record Ca3Response(TvaPeriodDto period, Map<String, Ca3BoxDto> boxes, BigDecimal vatDue,
            BigDecimal creditCarriedForward, BigDecimal refundRequested, BigDecimal roundingDifference,
            String roundingAccount, BigDecimal exactNetVat) {
    }

    // ---- CA12

    public record Ca12Request(@Min(1900) @Max(9999) @Schema(description = "Year of the instalments; current year when absent") Integer year,
            @NotNull @Digits(integer = 13, fraction = 2) @Schema(description = "Instalment base: TVA due N-1 (CA12 line 57)") BigDecimal previousYearVat,
            @NotNull @Digits(integer = 13, fraction = 2) @Schema(description = "TVA due for the year (CA12)") BigDecimal currentYearVat) {
    }

    public record Ca12Response(int year, BigDecimal instalmentBase, BigDecimal julyInstalment, BigDecimal decemberInstalment,
            BigDecimal totalInstalments, BigDecimal balance, String balanceKind, boolean instalmentsDue, String source) {
    }

    // ---- TVA sur la marge

    @Schema(description = "A sale under a margin regime", example = """
            {"regime":"SECOND_HAND_GOODS","salePrice":1600.00,"costs":1000.00,"vatRate":20,"date":"2026-03-15"}""")
    public record MarginVatRequest(@NotNull MarginScheme.Regime regime,
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(description = "Price paid by the customer, TTC") BigDecimal salePrice,
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2)
            @Schema(description = "Purchase price of the good, or the travel services bought for the traveller, TTC") BigDecimal costs,
            @Digits(integer = 3, fraction = 2) @DecimalMin("0") @DecimalMax("100") @Schema(description = "20 when absent") BigDecimal vatRate,
            @Schema(description = "Date whose rates apply; today when absent") LocalDate date) {
    }

    public record MarginVatResponse(MarginScheme.Regime regime, BigDecimal salePrice, BigDecimal costs,
            BigDecimal marginInclVat, BigDecimal vatRate, BigDecimal vat, BigDecimal marginExclVat, String mention,
            String rule, String source) {
    }

    // ---- deduction

    @Schema(description = "A purchase's TVA to assess", example = """
            {"expense":"GIFT","vat":12.50,"giftValueInclVat":75.00,"date":"2026-03-15"}""")
    public record VatDeductionRequest(@NotNull VatDeduction.Expense expense,
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal vat,
            @PositiveOrZero @Digits(integer = 13, fraction = 2)
            @Schema(description = "For a gift: its value TTC per beneficiary over the year") BigDecimal giftValueInclVat,
            @Schema(description = "Date of the purchase (gift threshold); today when absent") LocalDate date,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
            @Schema(description = "Coefficient d'assujettissement; 1 when absent") BigDecimal subjection,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
            @Schema(description = "Coefficient de taxation; or give the two turnovers") BigDecimal taxation,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal turnoverWithDeductionRight,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal totalTurnover) {
    }

    public record VatDeductionResponse(BigDecimal vat, BigDecimal subjection, BigDecimal taxation, BigDecimal admission,
            BigDecimal deductionCoefficient, BigDecimal deductible, BigDecimal nonDeductible, String reason, String source) {
    }

    // ---- franchise

    public record FranchiseRequest(@NotNull Nature activity, @NotNull LocalDate date,
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal previousYearTurnover,
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal currentYearTurnover) {
    }

    public record FranchiseThresholdsDto(Nature activity, BigDecimal base, BigDecimal increased, LocalDate validFrom, LocalDate validTo) {
    }

    public record FranchiseResponse(Franchise.Status status, FranchiseThresholdsDto thresholds, String source, LocalDate liableFrom,
            String note, String invoiceMention) {
    }
}
