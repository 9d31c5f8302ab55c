package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Input checks shared by the TVA and invoice rules, each naming the offending field: exact amounts (at most two
 * decimals), rates in per cent (at most two decimals, 0–100), non-negative values, present values.
 */
public final class Amounts {

    private Amounts() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException("missing-value", field, "'" + field + "' is required", Map.of());
        }
        return value;
    }

    /** An exact amount: refuses a third decimal (no silent rounding). */
    public static Money money(BigDecimal value, String field) {
        required(value, field);
        requireScale(value, 2, field);
        return Money.of(value);
    }

    public static Money nonNegativeMoney(BigDecimal value, String field) {
        Money m = money(value, field);
        if (m.isNegative()) {
            throw new InvalidInputException("negative-value", field, "'" + field + "' must not be negative",
                    Map.of("value", value.toPlainString()));
        }
        return m;
    }

    /** A percentage between 0 and 100 with at most two decimals (20, 5.5, 2.1, 12.25). */
    public static BigDecimal percent(BigDecimal value, String field) {
        required(value, field);
        requireScale(value, 2, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("rate-out-of-range", field, "'" + field + "' must be between 0 and 100",
                    Map.of("value", value.toPlainString()));
        }
        return value;
    }

    public static BigDecimal requireScale(BigDecimal value, int maxScale, String field) {
        if (value.scale() > maxScale && value.stripTrailingZeros().scale() > maxScale) { // at scale ≤ max stripping cannot exceed max
            throw new InvalidInputException("too-many-decimals", field,
                    "'" + field + "' has more than " + maxScale + " decimals: " + value.toPlainString(),
                    Map.of("value", value.toPlainString(), "maxDecimals", maxScale));
        }
        return value;
    }

    /** Rounds cents to the euro, a half euro going up (away from zero): the rule of the returns. */
    public static long centsToEuroHalfUp(long cents) {
        long abs = Math.abs(cents);
        long euros = (abs + 50) / 100;
        return cents < 0 ? -euros : euros;
    }

    /** {@code cents × basisPoints / 10 000} rounded half up (away from zero) to the cent, in exact long arithmetic. */
    public static long percentOfCents(long cents, long basisPoints) {
        long p = Math.multiplyExact(Math.abs(cents), basisPoints);
        long r = (p + 5_000) / 10_000;
        return cents < 0 ? -r : r;
    }
}
