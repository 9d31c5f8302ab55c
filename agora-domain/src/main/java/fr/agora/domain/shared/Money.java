package fr.agora.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euros, always at the cent (scale 2). Exact: built from {@code BigDecimal} or strings, never from
 * {@code double}. No silent rounding: an exact factory refuses a third decimal, and every lossy operation takes
 * a {@link RoundingMode} — French accounting and tax rules use {@link RoundingMode#HALF_UP} (never banker's
 * rounding), see {@link #HALF_UP}.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 2;
    /** The rounding of French invoices, returns and payslips: a half cent goes up (away from zero). */
    public static final RoundingMode HALF_UP = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        // at scale ≤ 2 no stripping is needed (it lowers a non-zero's scale, a zero's becomes 0): no allocation then
        if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidInputException("too-many-decimals", null,
                    "amount " + amount.toPlainString() + " has more than 2 decimals", java.util.Map.of("value", amount.toPlainString()));
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Exact: refuses more than two decimals. */
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** Exact: refuses more than two decimals. */
    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, SCALE));
    }

    /** Rounds an exact intermediate result to the cent with the mode given. */
    public static Money rounded(BigDecimal exact, RoundingMode mode) {
        return new Money(exact.setScale(SCALE, mode));
    }

    /** Rounds to the cent, a half cent going away from zero (the French rule). */
    public static Money roundedHalfUp(BigDecimal exact) {
        return rounded(exact, HALF_UP);
    }

    public static Money zero() {
        return ZERO;
    }

    public static Money total(Iterable<Money> amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Money m : amounts) {
            sum = sum.add(m.amount);
        }
        return new Money(sum);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /** Multiplies by an exact factor (a quantity, a rate as a fraction) and rounds to the cent with {@code mode}. */
    public Money times(BigDecimal factor, RoundingMode mode) {
        return rounded(amount.multiply(factor), mode);
    }

    /** The exact product, before any rounding, for rules that round only at the end. */
    public BigDecimal timesExact(BigDecimal factor) {
        return amount.multiply(factor);
    }

    /** {@code percent} per cent of this amount (e.g. 20 for 20 %), rounded with {@code mode}. */
    public Money percent(BigDecimal percent, RoundingMode mode) {
        return rounded(amount.multiply(percent).movePointLeft(2), mode);
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public long cents() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
