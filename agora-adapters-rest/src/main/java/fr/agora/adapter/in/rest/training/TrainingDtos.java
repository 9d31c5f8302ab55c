package fr.agora.adapter.in.rest.training;

import fr.agora.domain.budget.BudgetVariance;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** Request and response bodies of {@code /api/v1/training}. */
public final class TrainingDtos {

    private TrainingDtos() {
    }

    public record TrainingTraineeRequest(
            @NotBlank @Size(max = 64) String id,
            @NotNull @PositiveOrZero @Digits(integer = 7, fraction = 2) @Schema(example = "2275.00") BigDecimal monthlyGross,
            @NotNull @Positive @Digits(integer = 4, fraction = 2) @Schema(description = "Hours of training", example = "14") BigDecimal hours,
            @NotNull @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 3)
            @Schema(description = "Employer contribution rate, per cent", example = "42") BigDecimal employerContributionRate) {
    }

    public record TrainingActionRequest(
            @NotBlank @Size(max = 200) String name,
            @PositiveOrZero @Digits(integer = 9, fraction = 2) @Schema(description = "Frais pédagogiques", example = "1200.00") BigDecimal fees,
            @PositiveOrZero @Digits(integer = 9, fraction = 2) @Schema(example = "180.00") BigDecimal travel,
            @PositiveOrZero @Digits(integer = 9, fraction = 2) @Schema(example = "95.50") BigDecimal lodgingAndMeals,
            @Size(max = 1000) List<@NotNull @Valid TrainingTraineeRequest> trainees,
            @PositiveOrZero @Digits(integer = 9, fraction = 2) @Schema(description = "Amount forecast in the training plan", example = "1900.00") BigDecimal forecast) {
    }

    public record TrainingCostRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid TrainingActionRequest> actions) {
    }

    public record TraineeWageDto(String id, BigDecimal hourlyRate, BigDecimal hours, BigDecimal grossWage,
            BigDecimal employerContributions, BigDecimal loadedWage) {
    }

    public record TrainingActionCostDto(String name, BigDecimal fees, BigDecimal wages, BigDecimal travel,
            BigDecimal lodgingAndMeals, BigDecimal total, int traineeCount, BigDecimal traineeHours, BigDecimal costPerTrainee,
            BigDecimal costPerTraineeHour, List<TraineeWageDto> traineeWages) {
    }

    public record TrainingVarianceDto(String label, BigDecimal forecast, BigDecimal actual, BigDecimal variance,
            BigDecimal variancePercent, BudgetVariance.Direction direction) {
    }

    public record TrainingCostResponse(List<TrainingActionCostDto> actions, List<TrainingVarianceDto> variances,
            TrainingVarianceDto total) {
    }
}
