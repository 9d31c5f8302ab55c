package fr.agora.domain.shared;

import java.math.BigInteger;

/**
 * Exact half-up (away from zero) integer arithmetic on amounts in cents and other fixed-point units. The fast path
 * stays in longs (what lets a fiche of a million movements or 100 000 depreciation tables run in well under a
 * second); a product that would overflow falls back to BigInteger, giving the same exact result.
 */
public final class CentsMath {

    private CentsMath() {
    }

    /** round(a × b ÷ c), half away from zero; c ≠ 0. */
    public static long mulDiv(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return divHalfUp(lo, c);
        }
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
        BigInteger q = qr[0];
        if (qr[1].abs().shiftLeft(1).compareTo(BigInteger.valueOf(c).abs()) >= 0) {
            q = q.add(BigInteger.valueOf((long) qr[1].signum() * Long.signum(c)));
        }
        return q.longValueExact();
    }

    /** round(n ÷ d), half away from zero; d ≠ 0. */
    public static long divHalfUp(long n, long d) {
        long q = n / d;
        long r = n % d;
        if (r != 0 && Math.abs(r) >= Math.abs(d) - Math.abs(r)) {
            q += (n < 0) == (d < 0) ? 1 : -1;
        }
        return q;
    }
}
