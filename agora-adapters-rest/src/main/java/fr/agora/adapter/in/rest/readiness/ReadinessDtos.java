package fr.agora.adapter.in.rest.readiness;

import io.swagger.v3.oas.annotations.media.Schema;
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

    public record GridRequest(@NotBlank String referentielId, @NotBlank String referentielVersion,
                              @NotEmpty Map<String, @NotNull BigDecimal> weights, @NotEmpty Map<String, @NotNull BigDecimal> pointsPerLevel,
                              BigDecimal roundingStep) {
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
