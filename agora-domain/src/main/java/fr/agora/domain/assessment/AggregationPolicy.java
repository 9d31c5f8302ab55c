package fr.agora.domain.assessment;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How a series of evaluations of one competency becomes one score. Steps (as in SACoche's {@code calculer_score}):
 * <ol>
 *   <li>keep the evaluations whose level counts (NE, ABS … are listed as ignored), in chronological order;</li>
 *   <li>with a {@code limit} N, keep only the last N of them (the others are listed as ignored);</li>
 *   <li>score = Σ vᵢ·wᵢ / Σ wᵢ (two decimals, half-up) with weights, oldest first:
 *     LAST: only the last, w = 1; BEST_OF_K: the k best values, w = 1 (ties: the most recent wins);
 *     MEAN: all 1; GEOMETRIC_RECENCY: 1, 2, 4, 8 …; ARITHMETIC_RECENCY: 1, 2, 3 ….</li>
 * </ol>
 * No counting evaluation ⇒ no score.
 */
public record AggregationPolicy(Kind kind, int k, Integer limit) {

    public enum Kind { LAST, BEST_OF_K, MEAN, GEOMETRIC_RECENCY, ARITHMETIC_RECENCY }

    /** 2⁰ … 2⁶², the geometric weights (scale 0, as {@code new BigDecimal(BigInteger.ONE.shiftLeft(i))}). */
    private static final BigDecimal[] POWERS_OF_TWO = new BigDecimal[63];

    static {
        for (int i = 0; i < POWERS_OF_TWO.length; i++) POWERS_OF_TWO[i] = BigDecimal.valueOf(1L << i);
    }

    public AggregationPolicy {
        if (kind == null) throw new InvalidInputException("policy", "policy is required");
        if (kind == Kind.BEST_OF_K && (k < 1 || k > 10)) throw new InvalidInputException("k", "k must be within 1–10");
        if (kind != Kind.BEST_OF_K) k = 0;
        if (limit != null && (limit < 1 || limit > 50)) throw new InvalidInputException("limit", "limit must be within 1–50");
        if (kind == Kind.GEOMETRIC_RECENCY && limit != null && limit > 20) {
            throw new InvalidInputException("limit", "a geometric limit is at most 20");
        }
    }

    public static AggregationPolicy last() { return new AggregationPolicy(Kind.LAST, 0, null); }
    public static AggregationPolicy bestOf(int k) { return new AggregationPolicy(Kind.BEST_OF_K, k, null); }
    public static AggregationPolicy mean() { return new AggregationPolicy(Kind.MEAN, 0, null); }
    public static AggregationPolicy geometric() { return new AggregationPolicy(Kind.GEOMETRIC_RECENCY, 0, null); }
    public static AggregationPolicy arithmetic() { return new AggregationPolicy(Kind.ARITHMETIC_RECENCY, 0, null); }

    /** The school default: geometric recency over the last 5 (the most recent counts for about half). */
    public static AggregationPolicy schoolDefault() { return new AggregationPolicy(Kind.GEOMETRIC_RECENCY, 0, 5); }

    public AggregationPolicy limitedTo(Integer n) {
        return new AggregationPolicy(kind, k, n);
    }

    /**
     * Aggregates the given evaluations (of one competency; superseded ones must already be excluded), reading each
     * level in the scale version it was made with, and presenting the result in the {@code presentation} scale.
     */
    public AggregatedState aggregate(String competencyCode, List<? extends Observation> evaluations, ScaleHistory scales) {
        Observation[] chrono = evaluations.toArray(new Observation[0]);
        Arrays.sort(chrono, Observation.CHRONOLOGICAL_ORDER); // stable, like the sorted stream it replaces
        List<AggregatedState.Ignored> ignored = new ArrayList<>();
        List<Observation> counting = new ArrayList<>(chrono.length);
        List<BigDecimal> values = new ArrayList<>(chrono.length);
        for (Observation e : chrono) {
            ScaleLevel l = scales.levelOf(e);
            if (l.counts()) {
                counting.add(e);
                values.add(l.value());
            } else {
                ignored.add(new AggregatedState.Ignored(e.id(), e.levelCode(), "non-counting level " + l.code()));
            }
        }
        if (limit != null && counting.size() > limit) {
            int drop = counting.size() - limit;
            String beyond = "beyond the last " + limit;
            for (int i = 0; i < drop; i++) {
                ignored.add(new AggregatedState.Ignored(counting.get(i).id(), counting.get(i).levelCode(), beyond));
            }
            counting = new ArrayList<>(counting.subList(drop, counting.size()));
            values = new ArrayList<>(values.subList(drop, values.size()));
        }
        EvaluationScale present = scales.current();
        if (counting.isEmpty()) return AggregatedState.empty(competencyCode, this, ignored);

        int n = counting.size();
        List<BigDecimal> weights = weights(values);
        List<AggregatedState.Contribution> contributions = new ArrayList<>();
        List<BigDecimal> usedValues = new ArrayList<>();
        List<BigDecimal> usedWeights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (weights.get(i).signum() == 0) {
                ignored.add(new AggregatedState.Ignored(counting.get(i).id(), counting.get(i).levelCode(),
                        kind == Kind.LAST ? "not the last" : "not among the " + k + " best"));
                continue;
            }
            contributions.add(new AggregatedState.Contribution(counting.get(i).id(), counting.get(i).levelCode(),
                    counting.get(i).scaleVersion(), values.get(i), weights.get(i), counting.get(i).date(), counting.get(i).period()));
            usedValues.add(values.get(i));
            usedWeights.add(weights.get(i));
        }
        BigDecimal score = Scores.weightedMean(usedValues, usedWeights);
        ScaleLevel level = present.levelFor(score);
        return new AggregatedState(competencyCode, this, score, level.code(), present.version(), present.isProficient(score),
                contributions, ignored);
    }

    /**
     * The score alone (steps 2–3) of the values of the counting evaluations of one competency, oldest first, or
     * {@code null} when there is none: what {@link #aggregate} computes, without the explanation (contributions and
     * ignored evaluations), for reads that only need the score, such as the cohort heatmap.
     */
    public BigDecimal scoreOf(List<BigDecimal> countingValues) {
        int n = countingValues.size();
        if (n == 0) return null;
        List<BigDecimal> values = limit != null && n > limit ? countingValues.subList(n - limit, n) : countingValues;
        List<BigDecimal> weights = weights(values);
        List<BigDecimal> usedValues = new ArrayList<>(values.size());
        List<BigDecimal> usedWeights = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (weights.get(i).signum() == 0) continue;
            usedValues.add(values.get(i));
            usedWeights.add(weights.get(i));
        }
        return Scores.weightedMean(usedValues, usedWeights);
    }

    /** The weight of each counting value, oldest first (step 3 of the class comment). */
    private List<BigDecimal> weights(List<BigDecimal> values) {
        int n = values.size();
        List<BigDecimal> weights = new ArrayList<>(n);
        switch (kind) {
            case LAST -> { for (int i = 0; i < n; i++) weights.add(i == n - 1 ? BigDecimal.ONE : BigDecimal.ZERO); }
            case MEAN -> { for (int i = 0; i < n; i++) weights.add(BigDecimal.ONE); }
            case GEOMETRIC_RECENCY -> { for (int i = 0; i < n; i++) weights.add(i < POWERS_OF_TWO.length ? POWERS_OF_TWO[i] : new BigDecimal(java.math.BigInteger.ONE.shiftLeft(i))); }
            case ARITHMETIC_RECENCY -> { for (int i = 0; i < n; i++) weights.add(BigDecimal.valueOf(i + 1L)); }
            case BEST_OF_K -> {
                List<Integer> idx = new ArrayList<>();
                for (int i = 0; i < n; i++) idx.add(i);
                final List<BigDecimal> vs = values;
                idx.sort(Comparator.<Integer, BigDecimal>comparing(vs::get).reversed().thenComparing(Comparator.<Integer>reverseOrder()));
                java.util.Set<Integer> best = new java.util.HashSet<>(idx.subList(0, Math.min(k, n)));
                for (int i = 0; i < n; i++) weights.add(best.contains(i) ? BigDecimal.ONE : BigDecimal.ZERO);
            }
        }
        return weights;
    }
}
