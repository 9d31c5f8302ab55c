package fr.agora.domain.invoice;

import java.math.BigInteger;

/** Spreading an amount in cents over parts pro rata, so that the parts add up to the cent. */
final class ProRata {

    private ProRata() {
    }

    /**
     * Spreads {@code total} cents over parts pro rata to {@code weights} (all ≥ 0): each part gets the floor of its
     * exact share, then the cents left go one by one to the largest remainders (earliest first on a tie). The parts
     * add up to {@code total} exactly; all zero when the weights are.
     */
    static long[] allocate(long total, long[] weights) {
        int n = weights.length;
        long[] parts = new long[n];
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        if (n == 0 || sum == 0) {
            return parts;
        }
        long[] rem = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            long product = total * weights[i];
            if (Math.multiplyHigh(total, weights[i]) == (product >> 63)) { // no overflow: plain long arithmetic
                parts[i] = product / sum;
                rem[i] = product % sum;
            } else {
                BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))
                        .divideAndRemainder(BigInteger.valueOf(sum));
                parts[i] = qr[0].longValueExact();
                rem[i] = qr[1].longValueExact();
            }
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (rem[i] >= 0 && (best < 0 || rem[i] > rem[best])) {
                    best = i;
                }
            }
            parts[best]++;
            rem[best] = -1;
        }
        return parts;
    }

    static long sum(long[] a) {
        long s = 0;
        for (long x : a) {
            s += x;
        }
        return s;
    }
}
