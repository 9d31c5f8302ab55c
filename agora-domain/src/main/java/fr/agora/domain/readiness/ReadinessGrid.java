package fr.agora.domain.readiness;

import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.CompetencyFramework;
import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A versioned evaluation grid for a CCF unit (U31, U32): a weight per competency (≥ 0, at least one &gt; 0), points per
 * counting level code (≥ 0), and the rounding of the mark (step 0.5 half-up by default: x.25 → x.5, x.75 → x+1).
 *
 * <p>Proposed mark = 20 × Σ wᶜ·points(levelᶜ) / Σ wᶜ·maxPoints, where maxPoints is the largest points value and a
 * competency with no aggregated level contributes 0 points (and makes the proposal incomplete).
 */
public record ReadinessGrid(String id, int version, String unitCode, Map<String, BigDecimal> weights,
                            Map<String, BigDecimal> pointsPerLevel, BigDecimal roundingStep, RoundingMode roundingMode) {

    public static final BigDecimal TWENTY = new BigDecimal("20");
    public static final BigDecimal HALF_POINT = new BigDecimal("0.5");

    public ReadinessGrid {
        if (id == null || id.isBlank()) throw new InvalidInputException("grid.id", "grid id is required");
        if (version < 1) throw new InvalidInputException("grid.version", "grid version must be ≥ 1");
        if (unitCode == null || unitCode.isBlank()) throw new InvalidInputException("unit", "unit is required");
        if (weights == null || weights.isEmpty()) throw new InvalidInputException("weights", "a grid weighs at least one competency");
        weights = new LinkedHashMap<>(weights);
        boolean positive = false;
        for (var w : weights.entrySet()) {
            if (w.getValue() == null || w.getValue().signum() < 0) throw new InvalidInputException("weights." + w.getKey(), "weights are ≥ 0");
            positive |= w.getValue().signum() > 0;
        }
        if (!positive) throw new InvalidInputException("weights", "at least one weight must be > 0");
        if (pointsPerLevel == null || pointsPerLevel.isEmpty()) throw new InvalidInputException("pointsPerLevel", "points per level are required");
        pointsPerLevel = new LinkedHashMap<>(pointsPerLevel);
        for (var p : pointsPerLevel.entrySet()) {
            if (p.getValue() == null || p.getValue().signum() < 0) throw new InvalidInputException("pointsPerLevel." + p.getKey(), "points are ≥ 0");
        }
        if (pointsPerLevel.values().stream().allMatch(v -> v.signum() == 0)) throw new InvalidInputException("pointsPerLevel", "some level must give points");
        if (roundingStep == null) roundingStep = HALF_POINT;
        if (roundingStep.signum() <= 0 || roundingStep.compareTo(TWENTY) > 0) throw new InvalidInputException("roundingStep", "roundingStep must be within ]0, 20]");
        if (roundingMode == null) roundingMode = RoundingMode.HALF_UP;
        weights = java.util.Collections.unmodifiableMap(weights);
        pointsPerLevel = java.util.Collections.unmodifiableMap(pointsPerLevel);
    }

    /** Checks the grid against the framework: a known CCF unit, and only competencies of its bloc. */
    public void checkAgainst(CompetencyFramework framework) {
        CompetencyFramework.ExamUnit unit = framework.examUnit(unitCode).orElseThrow(() ->
                new InvalidInputException("unknown-code", "unit", "'" + unitCode + "' is not an exam unit", Map.of("value", unitCode)));
        if (!unit.ccf()) throw new InvalidInputException("unit", "unit " + unitCode + " is not assessed in CCF: readiness only, no grid");
        for (String c : weights.keySet()) {
            if (framework.blocOf(c).orElse(-1) != unit.bloc()) {
                throw new InvalidInputException("unknown-code", "weights." + c, "'" + c + "' is not a competency of bloc " + unit.bloc(), Map.of("value", c));
            }
        }
    }

    public BigDecimal maxPoints() {
        return pointsPerLevel.values().stream().max(BigDecimal::compareTo).orElseThrow();
    }

    /** Rounds to the grid's step: round(x / step) × step, two decimals. */
    public BigDecimal round(BigDecimal exact) {
        return exact.divide(roundingStep, 0, roundingMode).multiply(roundingStep).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The proposed mark, with one explained term per weighted competency. */
    public ProposedMark propose(Map<String, AggregatedState> states) {
        BigDecimal max = maxPoints();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        List<ProposedMark.Term> terms = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (var w : weights.entrySet()) {
            AggregatedState s = states.get(w.getKey());
            String level = s == null ? null : s.levelCode();
            BigDecimal points;
            if (level == null) {
                points = BigDecimal.ZERO;
                missing.add(w.getKey());
            } else {
                points = pointsPerLevel.get(level);
                if (points == null) throw new InvalidInputException("pointsPerLevel", "grid " + id + " v" + version + " gives no points for level " + level);
            }
            BigDecimal weighted = w.getValue().multiply(points);
            BigDecimal maxWeighted = w.getValue().multiply(max);
            earned = earned.add(weighted);
            possible = possible.add(maxWeighted);
            terms.add(new ProposedMark.Term(w.getKey(), w.getValue(), level, s == null ? null : s.score(), points, weighted, maxWeighted));
        }
        BigDecimal exact = TWENTY.multiply(earned).divide(possible, 10, RoundingMode.HALF_UP);
        return new ProposedMark(unitCode, id, version, round(exact), exact.setScale(4, RoundingMode.HALF_UP), earned, possible,
                terms, missing.isEmpty(), missing);
    }
}
