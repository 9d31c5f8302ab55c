package fr.agora.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Input checks on exact decimals shared by the finance rules: each failure is an {@link InvalidInputException}
 * naming the caller's field, so the REST adapter answers 400 with that field and an embedding caller can catch it.
 */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal require(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /** Required, ≥ 0, at most {@code maxScale} decimals. */
    public static BigDecimal nonNegative(String field, BigDecimal value, int maxScale) {
        require(field, value);
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative");
        }
        return scaled(field, value, maxScale);
    }

    /** Required, &gt; 0, at most {@code maxScale} decimals. */
    public static BigDecimal positive(String field, BigDecimal value, int maxScale) {
        require(field, value);
        if (value.signum() <= 0) {
            throw new InvalidInputException(field, "must be greater than 0");
        }
        return scaled(field, value, maxScale);
    }

    /** Required, any sign, at most {@code maxScale} decimals. */
    public static BigDecimal scaled(String field, BigDecimal value, int maxScale) {
        require(field, value);
        if (value.scale() > maxScale && value.stripTrailingZeros().scale() > maxScale) {
            throw new InvalidInputException(field, "must have at most " + maxScale + " decimals");
        }
        return value;
    }

    /** {@code value} ≤ {@code max}, else an error naming the field. */
    public static BigDecimal atMost(String field, BigDecimal value, BigDecimal max) {
        if (value.compareTo(max) > 0) {
            throw new InvalidInputException(field, "must be at most " + max.toPlainString());
        }
        return value;
    }

    /** A required amount in euros at the cent. */
    public static Money money(String field, BigDecimal value) {
        return Money.of(scaled(field, value, Money.SCALE));
    }

    /** A required amount at the cent, ≥ 0. */
    public static Money nonNegativeMoney(String field, BigDecimal value) {
        return Money.of(nonNegative(field, value, Money.SCALE));
    }

    /** {@code numerator / denominator} rounded half-up at {@code scale} decimals; null when the denominator is 0. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, int scale) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }
}
