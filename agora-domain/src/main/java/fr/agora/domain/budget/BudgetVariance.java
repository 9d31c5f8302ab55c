package fr.agora.domain.budget;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A forecast against what was actually spent (contrôle budgétaire): the variance is actual − forecast, so a positive
 * variance is an overrun (écart défavorable on a cost) and a negative one a saving (écart favorable). The percentage is
 * the variance over the forecast, rounded half up to two decimals; it is {@code null} when nothing was forecast.
 */
public record BudgetVariance(String label, Money forecast, Money actual, Money variance, BigDecimal variancePercent,
        Direction direction) {

    /** How the variance reads for a cost budget. */
    public enum Direction { FAVOURABLE, UNFAVOURABLE, NONE }

    public BudgetVariance {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(actual, "actual");
    }

    public static BudgetVariance of(String label, Money forecast, Money actual) {
        if (forecast.isNegative()) {
            throw new InvalidInputException("forecast", "a forecast cannot be negative");
        }
        Money variance = actual.minus(forecast);
        BigDecimal percent = forecast.isZero() ? null
                : variance.amount().multiply(BigDecimal.valueOf(100)).divide(forecast.amount(), 2, RoundingMode.HALF_UP);
        Direction d = variance.isZero() ? Direction.NONE : variance.isPositive() ? Direction.UNFAVOURABLE : Direction.FAVOURABLE;
        return new BudgetVariance(label, forecast, actual, variance, percent, d);
    }
}
