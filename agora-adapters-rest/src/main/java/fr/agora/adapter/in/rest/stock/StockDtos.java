package fr.agora.adapter.in.rest.stock;

import fr.agora.domain.stock.MovementType;
import fr.agora.domain.stock.StockRounding;
import fr.agora.domain.stock.ValuationMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of {@code /api/v1/stock}. Quantities up to 3 decimals, unit costs up to 4. */
public final class StockDtos {

    public static final int MAX_MOVEMENTS = 100_000;

    static final String LEDGER_EXAMPLE = """
            {"method":"CMUP_PER_RECEIPT","opening":{"quantity":100,"unitCost":10},
             "movements":[{"date":"2026-02-05","type":"OUT","quantity":50},
                          {"date":"2026-02-13","type":"IN","quantity":150,"unitCost":12},
                          {"date":"2026-02-18","type":"OUT","quantity":80},
                          {"date":"2026-02-28","type":"IN","quantity":200,"unitCost":13}]}""";
    static final String REPLENISHMENT_EXAMPLE = """
            {"dailyConsumption":20,"leadTimeDays":10,"safetyStock":100,"currentStock":250,"onOrder":30,
             "annualDemand":2400,"orderCost":50,"holdingCostRate":10,"unitCost":20}""";
    static final String ROTATION_EXAMPLE = """
            {"costOfGoodsSold":240000,"openingStock":18000,"closingStock":22000,"periodDays":360}""";
    static final String PURCHASE_COST_EXAMPLE = """
            {"quantity":100,"grossUnitPrice":12.50,"reductionRates":[10,5],"transport":31.25}""";

    private StockDtos() {
    }

    @Schema(description = "Stock initial")
    public record StockOpeningDto(
            @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal quantity,
            @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 4) BigDecimal unitCost) {
    }

    @Schema(description = "A receipt (IN, with its unit cost) or an exit (OUT, valued by the method)")
    public record StockMovementDto(@NotNull LocalDate date, @NotNull MovementType type,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal quantity,
            @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 4) BigDecimal unitCost) {
    }

    public record StockLedgerRequest(@NotNull ValuationMethod method, @Valid StockOpeningDto opening,
            @NotNull @Size(max = MAX_MOVEMENTS) List<@Valid @NotNull StockMovementDto> movements,
            @Schema(description = "CARRIED_VALUE (default) or TEXTBOOK_CMUP") StockRounding rounding,
            @Schema(description = "CMUP_PER_RECEIPT only: value exits beyond the stock at the cost price (Tryton)") Boolean allowNegativeStock) {
    }

    public record StockLedgerRowDto(LocalDate date, MovementType type, BigDecimal quantity, BigDecimal unitCost,
            BigDecimal amount, BigDecimal stockQuantity, BigDecimal stockValue, BigDecimal averageCost,
            BigDecimal revaluation) {
    }

    public record StockTotalsDto(BigDecimal quantity, BigDecimal value) {
    }

    public record StockClosingDto(BigDecimal quantity, BigDecimal value, BigDecimal averageCost) {
    }

    public record StockLedgerResponse(ValuationMethod method, StockRounding rounding, BigDecimal openingValue,
            List<StockLedgerRowDto> rows, StockTotalsDto receipts, StockTotalsDto exits, StockClosingDto closing,
            BigDecimal periodAverageCost, String roundingPolicy) {
    }

    public record ReplenishmentRequest(
            @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal dailyConsumption,
            @NotNull @DecimalMin("0") @DecimalMax("3660") @Digits(integer = 4, fraction = 2) BigDecimal leadTimeDays,
            @NotNull @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal safetyStock,
            @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal currentStock,
            @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal onOrder,
            @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal reserved,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 3) BigDecimal annualDemand,
            @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal orderCost,
            @Schema(description = "Annual holding cost, per cent of the unit cost") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 4) BigDecimal holdingCostRate,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") @Digits(integer = 7, fraction = 4) BigDecimal unitCost) {
    }

    public record ReplenishmentResponse(BigDecimal reorderPoint, BigDecimal availableStock, boolean shouldOrder,
            BigDecimal economicOrderQuantity, BigDecimal economicOrderUnits, BigDecimal ordersPerYear, String rule) {
    }

    public record StockRotationRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal costOfGoodsSold,
            @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal openingStock,
            @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal closingStock,
            @Min(1) @Max(366) Integer periodDays) {
    }

    public record StockRotationResponse(BigDecimal averageStock, BigDecimal turnover, BigDecimal days, int periodDays) {
    }

    public record PurchaseCostRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal quantity,
            @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 4) BigDecimal grossUnitPrice,
            @Schema(description = "Commercial reductions in per cent, applied in cascade") @Size(max = 5)
            List<@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal> reductionRates,
            @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal transport,
            @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal otherCosts) {
    }

    public record PurchaseReductionDto(BigDecimal rate, BigDecimal base, BigDecimal amount) {
    }

    public record PurchaseCostResponse(BigDecimal grossAmount, List<PurchaseReductionDto> reductions,
            BigDecimal netPurchasePrice, BigDecimal incidentalCosts, BigDecimal purchaseCost, BigDecimal unitCost) {
    }
}
