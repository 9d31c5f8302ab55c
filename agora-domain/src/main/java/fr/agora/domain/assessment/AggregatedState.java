package fr.agora.domain.assessment;

import fr.agora.domain.school.PeriodCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The explained result of an aggregation: score on 0–100 (two decimals; {@code null} when nothing counted), the
 * level of the current scale whose band contains it, whether it reaches the threshold, the evaluations that made
 * it with their weights, and the evaluations that were left out with the reason.
 */
public record AggregatedState(String competencyCode, AggregationPolicy policy, BigDecimal score, String levelCode,
                              Integer scaleVersion, boolean proficient, List<Contribution> contributions,
                              List<Ignored> ignored) {

    public AggregatedState {
        contributions = List.copyOf(contributions);
        ignored = List.copyOf(ignored);
    }

    /** An evaluation that made the score: its value (in the scale version it was made with) and its weight. */
    public record Contribution(EvaluationId evaluationId, String levelCode, int scaleVersion, BigDecimal value,
                               BigDecimal weight, LocalDate date, PeriodCode period) {
    }

    public record Ignored(EvaluationId evaluationId, String levelCode, String reason) {
    }

    public static AggregatedState empty(String competencyCode, AggregationPolicy policy, List<Ignored> ignored) {
        return new AggregatedState(competencyCode, policy, null, null, null, false, List.of(), ignored);
    }

    public boolean hasScore() {
        return score != null;
    }

    public BigDecimal totalWeight() {
        return contributions.stream().map(Contribution::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
