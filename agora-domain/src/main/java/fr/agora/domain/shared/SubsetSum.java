package fr.agora.domain.shared;

/**
 * The bounded subset-sum search shared by the many-to-one layers of the bank matching engine and of lettrage: among
 * the first {@code c} candidate amounts (all of the target's sign), find 2 to {@code chosen.length} of them whose sum
 * is the target.
 *
 * <p>The search is depth-first in lexicographic order of candidate positions (a prefix before its extensions), so the
 * subset returned is always the first one in that order; candidates larger (in absolute value) than what remains are
 * skipped. Cost: at most Σ C(c, k) for k ≤ {@code chosen.length} nodes (793 for 12 candidates and groups of 4).
 */
public final class SubsetSum {

    private SubsetSum() {
    }

    /**
     * Returns the size of the first subset found (its positions in {@code chosen[0..size)}, increasing), or 0.
     *
     * @param cents  candidate amounts, same sign as {@code target}
     * @param c      how many of {@code cents} are candidates
     * @param target the sum wanted (non-zero)
     * @param chosen where the positions go; its length is the largest group size tried
     */
    public static int find(long[] cents, int c, long target, int[] chosen) {
        return search(cents, c, 0, target, chosen, 0);
    }

    private static int search(long[] cents, int c, int from, long rest, int[] chosen, int depth) {
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
            int r = search(cents, c, i + 1, rest - cents[i], chosen, depth + 1);
            if (r > 0) {
                return r;
            }
        }
        return 0;
    }
}
