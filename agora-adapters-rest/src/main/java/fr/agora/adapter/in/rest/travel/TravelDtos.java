package fr.agora.adapter.in.rest.travel;

import fr.agora.domain.budget.BudgetVariance;
import fr.agora.domain.travel.ExpenseCategory;
import fr.agora.domain.travel.ExpenseType;
import fr.agora.domain.travel.VehicleKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of {@code /api/v1/travel}. Amounts are exact JSON decimals. */
public final class TravelDtos {

    private TravelDtos() {
    }

    public record MileageAllowanceRequest(
            @NotNull @Min(1900) @Max(9999) @Schema(description = "Year the kilometres were driven", example = "2025") Integer year,
            @NotNull @Schema(example = "CAR") VehicleKind vehicle,
            @Min(1) @Max(99) @Schema(description = "Fiscal horsepower (carte grise P.6); not needed for a moped", example = "5") Integer fiscalHorsepower,
            @NotNull @Min(0) @Max(1_000_000) @Schema(description = "Professional kilometres of the year", example = "12000") Long distanceKm,
            @Schema(description = "Electric vehicle: +20 %", example = "false") Boolean electric) {
    }

    public record MileageAllowanceResponse(BigDecimal amount, Integer appliedHorsepower, String powerBand, String bracket,
            String formula, String source) {
    }

    public record ExpenseClaimItemRequest(
            @NotNull ExpenseType type,
            @NotNull @Min(1) @Max(1000) @Schema(description = "Meals, nights or receipts", example = "3") Integer quantity,
            @NotNull @PositiveOrZero @Digits(integer = 7, fraction = 2) @Schema(example = "25.00") BigDecimal amountPerUnit) {
    }

    public record TripForecastRequest(@NotNull ExpenseCategory category,
            @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 2) @Schema(example = "100.00") BigDecimal amount) {
    }

    public record ExpenseClaimRequest(
            @NotNull @Schema(description = "Date of the claim: the URSSAF limits in force that day apply", example = "2026-03-10") LocalDate date,
            @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid ExpenseClaimItemRequest> items,
            @Size(max = 4) @Schema(description = "The trip's forecast per category, for the variance") List<@NotNull @Valid TripForecastRequest> forecast) {
    }

    public record ExpenseClaimLineDto(ExpenseType type, ExpenseCategory category, int quantity, BigDecimal amountPerUnit,
            BigDecimal limitPerUnit, BigDecimal paid, BigDecimal exempt, BigDecimal reintegrated) {
    }

    public record TripVarianceDto(String label, BigDecimal forecast, BigDecimal actual, BigDecimal variance,
            BigDecimal variancePercent, BudgetVariance.Direction direction) {
    }

    public record ExpenseClaimResponse(BigDecimal paid, BigDecimal exempt, BigDecimal reintegrated,
            List<ExpenseClaimLineDto> items, List<TripVarianceDto> variances, String source) {
    }
}
