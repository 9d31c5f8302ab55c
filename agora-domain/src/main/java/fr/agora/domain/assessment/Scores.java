package fr.agora.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Score arithmetic: scores live on 0–100 with two decimals, rounded half-up, never {@code double}. */
public final class Scores {
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private Scores() {
    }

    public static BigDecimal normalise(BigDecimal v) {
        return v.setScale(SCALE, ROUNDING);
    }

    /** {@code a / b} as a percentage with two decimals, half-up (0 when b = 0). */
    public static BigDecimal percent(int a, int b) {
        return b == 0 ? BigDecimal.ZERO.setScale(SCALE)
                : BigDecimal.valueOf(a).multiply(HUNDRED).divide(BigDecimal.valueOf(b), SCALE, RoundingMode.HALF_UP);
    }

    /** Σ vᵢ·wᵢ / Σ wᵢ rounded to two decimals half-up; division done at 10 decimals first. */
    public static BigDecimal weightedMean(java.util.List<BigDecimal> values, java.util.List<BigDecimal> weights) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            num = num.add(values.get(i).multiply(weights.get(i)));
            den = den.add(weights.get(i));
        }
        return num.divide(den, 10, RoundingMode.HALF_UP).setScale(SCALE, ROUNDING);
    }
}
