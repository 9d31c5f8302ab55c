package fr.agora.domain.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as dashboards show them: two decimals, half up; {@code null} when the base is zero (undefined). */
final class Ratios {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long numerator, long denominator) {
        return percent(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** (current − previous) / previous, in per cent. */
    static BigDecimal change(BigDecimal current, BigDecimal previous) {
        return percent(current.subtract(previous), previous);
    }
}
