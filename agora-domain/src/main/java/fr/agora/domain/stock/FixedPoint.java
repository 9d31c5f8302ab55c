package fr.agora.domain.stock;

import fr.agora.domain.shared.CentsMath;
import java.math.BigDecimal;

/**
 * Fixed-point units of the ledger: quantities in thousandths, unit costs in ten-thousandths, values in cents; the
 * arithmetic is {@link CentsMath}'s (exact, half up, longs with a BigInteger fallback).
 */
final class FixedPoint {

    static final long QTY = 1_000;          // 3 decimals
    static final long COST = 10_000;        // 4 decimals
    static final long COST_TO_CENTS = 100;  // 1e-4 → 1e-2

    private FixedPoint() {
    }

    static long mulDiv(long a, long b, long c) {
        return CentsMath.mulDiv(a, b, c);
    }

    /** The value in units of 10^-scale; its scale is at most {@code scale} (checked by the records). */
    static long units(BigDecimal value, int scale) {
        // moving the point leaves a scale-0 compact decimal: longValueExact then allocates nothing
        return value.movePointRight(scale).longValueExact();
    }

    /** A quantity in thousandths as a decimal without needless trailing zeros (10, 2.5, 0.125). */
    static BigDecimal quantity(long milli) {
        if (milli % QTY == 0) {
            return BigDecimal.valueOf(milli / QTY);
        }
        return BigDecimal.valueOf(milli, 3).stripTrailingZeros();
    }

    static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** The value per unit, in cents, rounded half up; null when the quantity is 0. */
    static BigDecimal average(long valueCents, long qtyMilli) {
        return qtyMilli == 0 ? null : cents(mulDiv(valueCents, QTY, qtyMilli));
    }

    /** A unit cost in ten-thousandths, shown at 2 decimals when exact at the cent, else at 4. */
    static BigDecimal unitCost(long cost) {
        return cost % COST_TO_CENTS == 0 ? BigDecimal.valueOf(cost / COST_TO_CENTS, 2) : BigDecimal.valueOf(cost, 4);
    }
}
