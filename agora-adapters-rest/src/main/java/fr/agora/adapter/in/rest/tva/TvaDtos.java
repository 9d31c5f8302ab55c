package fr.agora.adapter.in.rest.tva;

import fr.agora.domain.tva.Franchise;
import fr.agora.domain.tva.Nature;
import fr.agora.domain.tva.OperationKind;
import fr.agora.domain.tva.VatConversion;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
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
            @NotNull @Digits(integer = 3, fraction = 2) BigDecimal vatRate) {
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
