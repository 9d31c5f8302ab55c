package fr.agora.domain.assessment;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A school's evaluation scale, at one version. 2 to 6 counting levels with strictly increasing values on 0–100,
 * any number (0–4) of non-counting codes, and a proficiency threshold on 0–100.
 *
 * <p>A score is mapped to a counting level by bands: the band of level i starts at the midpoint between the values
 * of levels i−1 and i (the first band starts at 0). A score is <em>proficient</em> when it is ≥ the threshold.
 *
 * <p>Versioned: {@link #revise} never edits a scale, it returns version + 1. Every evaluation records the version
 * it was made with, so a revision never changes the meaning of past evaluations (see {@link ScaleHistory}).
 */
public record EvaluationScale(String id, int version, List<ScaleLevel> levels, BigDecimal threshold) {

    public static final BigDecimal TWO = new BigDecimal("2");

    public EvaluationScale {
        if (id == null || id.isBlank()) throw new InvalidInputException("scale.id", "scale id is required");
        if (version < 1) throw new InvalidInputException("scale.version", "scale version must be ≥ 1");
        Objects.requireNonNull(levels, "levels");
        levels = List.copyOf(levels);
        List<ScaleLevel> counting = levels.stream().filter(ScaleLevel::counts).toList();
        if (counting.size() < 2 || counting.size() > 6) {
            throw new InvalidInputException("levels", "a scale has 2 to 6 counting levels, not " + counting.size());
        }
        if (levels.size() - counting.size() > 4) {
            throw new InvalidInputException("levels", "a scale has at most 4 non-counting codes");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            if (!codes.add(levels.get(i).code())) {
                throw new InvalidInputException("levels[" + i + "].code", "duplicate level code '" + levels.get(i).code() + "'");
            }
        }
        for (int i = 1; i < counting.size(); i++) {
            if (counting.get(i).value().compareTo(counting.get(i - 1).value()) <= 0) {
                throw new InvalidInputException("levels", "counting level values must be strictly increasing in the order given");
            }
        }
        if (threshold == null) throw new InvalidInputException("threshold", "threshold is required");
        if (threshold.signum() < 0 || threshold.compareTo(Scores.HUNDRED) > 0) {
            throw new InvalidInputException("threshold", "threshold must be within 0–100");
        }
        threshold = Scores.normalise(threshold);
    }

    /**
     * The default: the four degrees of the Livret scolaire du lycée (1 non maîtrisées = 0, 2 insuffisamment
     * maîtrisées = 33.33, 3 maîtrisées = 66.67, 4 bien maîtrisées = 100) plus NE (non évalué, not counting);
     * threshold 50 = the lower edge of the band of level 3, so "proficient" ⇔ level ≥ 3.
     */
    public static EvaluationScale lslDefault(String id) {
        return new EvaluationScale(id, 1, List.of(
                ScaleLevel.counting("1", "Compétences non maîtrisées", "0"),
                ScaleLevel.counting("2", "Compétences insuffisamment maîtrisées", "33.33"),
                ScaleLevel.counting("3", "Compétences maîtrisées", "66.67"),
                ScaleLevel.counting("4", "Compétences bien maîtrisées", "100"),
                ScaleLevel.nonCounting("NE", "Non évalué")), new BigDecimal("50"));
    }

    public Optional<ScaleLevel> level(String code) {
        for (ScaleLevel l : levels) {
            if (l.code().equals(code)) return Optional.of(l);
        }
        return Optional.empty();
    }

    public ScaleLevel requireLevel(String field, String code) {
        return level(code).orElseThrow(() -> new InvalidInputException("unknown-level", field,
                "level '" + code + "' is not a code of scale " + id + " v" + version, java.util.Map.of("value", String.valueOf(code))));
    }

    public List<ScaleLevel> countingLevels() {
        return levels.stream().filter(ScaleLevel::counts).toList();
    }

    /** The counting level whose band contains the score (see class comment). */
    public ScaleLevel levelFor(BigDecimal score) {
        // score ≥ (a + b) / 2 ⇔ 2·score ≥ a + b: exact, as level values have two decimals (no division, no list)
        BigDecimal twice = score.add(score);
        ScaleLevel result = null;
        for (ScaleLevel l : levels) {
            if (!l.counts()) continue;
            if (result == null || twice.compareTo(result.value().add(l.value())) >= 0) {
                result = l;
            } else {
                // values increase strictly, so no later band can start below the score
                break;
            }
        }
        return result;
    }

    public boolean isProficient(BigDecimal score) {
        return score.compareTo(threshold) >= 0;
    }

    /** A new version with other levels and threshold; this one is left untouched. */
    public EvaluationScale revise(List<ScaleLevel> newLevels, BigDecimal newThreshold) {
        return new EvaluationScale(id, version + 1, new ArrayList<>(newLevels), newThreshold);
    }
}
