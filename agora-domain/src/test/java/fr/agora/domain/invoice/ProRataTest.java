package fr.agora.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The largest-remainder split: plain long arithmetic when the product fits, BigInteger past it, same parts. */
class ProRataTest {

    @Test
    void parts_add_up_and_match_an_exact_big_integer_split_even_past_long_products() {
        Random rnd = new Random(7);
        for (int k = 0; k < 2_000; k++) {
            boolean huge = k % 4 == 0;
            long total = huge ? Long.MAX_VALUE / 4 - rnd.nextInt(1000) : rnd.nextInt(10_000_000);
            long[] w = new long[1 + rnd.nextInt(5)];
            for (int i = 0; i < w.length; i++) {
                w[i] = huge ? 1_000_000_000L + rnd.nextInt(1_000_000) : rnd.nextInt(100_000);
            }
            long[] parts = ProRata.allocate(total, w);
            long sumW = ProRata.sum(w);
            if (sumW == 0) {
                assertThat(ProRata.sum(parts)).isZero();
                continue;
            }
            assertThat(ProRata.sum(parts)).as("case %d", k).isEqualTo(total);
            for (int i = 0; i < w.length; i++) {
                // each part is its exact share's floor or one cent above
                long floor = BigInteger.valueOf(total).multiply(BigInteger.valueOf(w[i])).divide(BigInteger.valueOf(sumW))
                        .longValueExact();
                assertThat(parts[i] - floor).as("case %d part %d", k, i).isBetween(0L, 1L);
            }
        }
    }
}
