package fr.agora.adapter.in.rest.readiness;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON shapes of exam readiness per unit and the CCF grids (requests validated with Jakarta validation; responses never domain types). */
public final class ReadinessDtos {

    private ReadinessDtos() {
    }

    /**
     * Weights and points are stored as NUMERIC(12,4) and the rounding step as NUMERIC(6,3): a value those columns would
     * round (a weight of 0.123456, a step of 0.0004 stored as 0.000) is a 400, never silently changed.
     */
    public record GridRequest(@NotBlank @Size(max = 64) String referentielId, @NotBlank @Size(max = 32) String referentielVersion,
                              @NotEmpty @Size(max = 64) Map<@Size(max = 16) String, @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 4) BigDecimal> weights,
                              @NotEmpty @Size(max = 16) Map<@Size(max = 16) String, @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 4) BigDecimal> pointsPerLevel,
                              @DecimalMin(value = "0", inclusive = false) @Digits(integer = 3, fraction = 3) BigDecimal roundingStep) {
    }

    public record GridResponse(String id, int version, String unit, Map<String, BigDecimal> weights, Map<String, BigDecimal> pointsPerLevel,
                               BigDecimal roundingStep, String roundingMode) {
    }

    public record TermDto(String competency, BigDecimal weight, String level, BigDecimal score, BigDecimal points,
                          BigDecimal weightedPoints, BigDecimal maxWeightedPoints) {
    }

    public record ProposedMarkDto(String gridId, int gridVersion, BigDecimal mark, BigDecimal exact, BigDecimal earnedPoints,
                                  BigDecimal possiblePoints, List<TermDto> terms, boolean complete, List<String> missing) {
    }

    public record UnitReadinessDto(String unit, int bloc, boolean ccf, int competencies, int evaluated, int proficient,
                                   BigDecimal shareEvaluated, BigDecimal shareProficient, List<String> notProficient,
                                   ProposedMarkDto proposedMark,
                                   @Schema(description = "Why there is no proposed mark (null when there is one): NOT_CCF, NO_GRID or NOT_EVALUABLE", example = "NOT_EVALUABLE")
                                   String markAbsence,
                                   @Schema(description = "The reason in French", example = "non évaluable : les situations d'évaluation n'ont pas eu lieu")
                                   String markAbsenceReason) {
    }

    public record ExamReadinessResponse(String studentId, List<UnitReadinessDto> units) {
    }
}
