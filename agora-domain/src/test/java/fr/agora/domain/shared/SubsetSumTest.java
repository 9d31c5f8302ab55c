package fr.agora.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SubsetSum} (loop shortcuts for the last two slots, top-k bound) against the plain depth-first search that
 * the bank engine and lettrage each carried before: same size and same positions, on seeded random cases with
 * same-sign and mixed-sign candidates, zero targets and every group size from 2 to the candidate count.
 */
class SubsetSumTest {

    @Test
    void two_plus_two_makes_four_and_the_first_subset_wins() {
        int[] chosen = new int[4];
        SubsetSum subsets = new SubsetSum(4, 4);
        assertThat(subsets.find(new long[] {1, 3, 2, 2}, 4, 4, chosen)).isEqualTo(2);
        assertThat(Arrays.copyOf(chosen, 2)).containsExactly(0, 1);
        assertThat(subsets.find(new long[] {5, 7}, 2, 5, chosen)).isZero(); // one item is not a group
        assertThat(subsets.find(new long[] {-100, -250}, 2, -350, chosen)).isEqualTo(2);
    }

    @Test
    void same_answer_as_the_plain_search() {
        SubsetSum reused = new SubsetSum(2, 2); // grows as needed, and is reused across searches
        for (long seed = 1; seed <= 20_000; seed++) {
            Random rnd = new Random(seed);
            int c = rnd.nextInt(21);
            int group = 2 + rnd.nextInt(Math.max(1, Math.min(c, 20) - 1));
            long[] cents = new long[20];
            boolean mixed = rnd.nextInt(4) == 0;
            int sign = rnd.nextBoolean() ? 1 : -1;
            int range = 1 + rnd.nextInt(rnd.nextBoolean() ? 20 : 10_000);
            for (int i = 0; i < c; i++) {
                cents[i] = (1 + rnd.nextInt(range)) * (mixed && rnd.nextBoolean() ? -sign : sign);
            }
            long target = switch (rnd.nextInt(5)) {
                case 0 -> 0;
                case 1 -> (1 + rnd.nextInt(4 * range)) * (long) sign;
                default -> { // a real subset's sum, sometimes off by one
                    long sum = 0;
                    for (int i = 0; i < c; i++) {
                        if (rnd.nextInt(3) == 0) {
                            sum += cents[i];
                        }
                    }
                    yield rnd.nextInt(5) == 0 ? sum + 1 : sum;
                }
            };
            int[] expected = new int[group];
            int[] actual = new int[group];
            int e = plain(cents, c, 0, target, expected, 0);
            int a = reused.find(cents, c, target, actual);
            assertThat(a).as("seed %d", seed).isEqualTo(e);
            assertThat(Arrays.copyOf(actual, a)).as("seed %d", seed).isEqualTo(Arrays.copyOf(expected, e));
        }
    }

    /** The search as the bank engine and lettrage carried it. */
    private static int plain(long[] cents, int c, int from, long rest, int[] chosen, int depth) {
        if (rest == 0) {
            return depth >= 2 ? depth : 0;
        }
        if (depth == chosen.length) {
            return 0;
        }
        for (int i = from; i < c; i++) {
            if (Math.abs(cents[i]) > Math.abs(rest)) {
                continue;
            }
            chosen[depth] = i;
            int r = plain(cents, c, i + 1, rest - cents[i], chosen, depth + 1);
            if (r > 0) {
                return r;
            }
        }
        return 0;
    }
}
