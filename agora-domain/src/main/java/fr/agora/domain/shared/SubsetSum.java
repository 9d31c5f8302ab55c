package fr.agora.domain.shared;

/**
 * The bounded subset-sum search shared by the many-to-one layers of the bank matching engine and of lettrage: among
 * the first {@code c} candidate amounts, find 2 to {@code chosen.length} of them whose sum is the target.
 *
 * <p>The answer is the first subset in depth-first lexicographic order of candidate positions (a prefix before its
 * extensions), candidates larger in absolute value than what remains being skipped. Cost: at most Σ C(c, k) for
 * k ≤ {@code chosen.length} subsets (793 for 12 candidates and groups of 4). The search visits fewer: the last two
 * slots are plain loops, and when every candidate has the target's sign a subtree is cut as soon as its largest
 * remaining candidates cannot reach what remains. Neither changes which subset is found (a cut subtree holds none).
 */
public final class SubsetSum {

    /** Scratch for the bound, reused from one search to the next: {@code [k][s]}. */
    private long[][] bound = new long[0][0];
    private long[] top = new long[0];

    /**
     * A search helper sized for at most {@code maxCandidates} candidates and groups of at most {@code maxGroup}
     * (larger calls still work: the scratch grows). Not thread-safe: one per matching run.
     */
    public SubsetSum(int maxCandidates, int maxGroup) {
        ensure(maxCandidates, maxGroup);
    }

    /**
     * Returns the size of the first subset found (its positions in {@code chosen[0..size)}, increasing), or 0.
     *
     * @param cents  candidate amounts
     * @param c      how many of {@code cents} are candidates
     * @param target the sum wanted
     * @param chosen where the positions go; its length is the largest group size tried
     */
    public int find(long[] cents, int c, long target, int[] chosen) {
        long[][] b = null;
        if (sameSign(cents, c, target)) {
            ensure(c, chosen.length);
            topSums(cents, c, chosen.length);
            b = bound;
        }
        return search(cents, c, 0, target, chosen, 0, b);
    }

    private void ensure(int c, int max) {
        if (bound.length < max + 1 || bound[0].length < c + 1) {
            bound = new long[Math.max(bound.length, max + 1)][Math.max(bound.length == 0 ? 0 : bound[0].length, c + 1)];
            top = new long[bound.length];
        }
    }

    /**
     * @param bound when not null, {@code bound[k][s]} = the sum of the {@code k} largest |amounts| among positions
     *              {@code s..c-1} (all candidates have the target's sign, so |rest| only decreases)
     */
    private static int search(long[] cents, int c, int from, long rest, int[] chosen, int depth, long[][] bound) {
        if (rest == 0) {
            return depth >= 2 ? depth : 0;
        }
        int slots = chosen.length - depth;
        if (slots == 0) {
            return 0;
        }
        if (bound != null && bound[slots][from] < Math.abs(rest)) {
            return 0;
        }
        if (slots == 1) {
            // the last slot: the first candidate equal to what remains
            for (int i = from; i < c; i++) {
                if (cents[i] == rest) {
                    chosen[depth] = i;
                    return depth + 1 >= 2 ? depth + 1 : 0;
                }
            }
            return 0;
        }
        if (slots == 2) {
            for (int i = from; i < c; i++) {
                if (Math.abs(cents[i]) > Math.abs(rest)) {
                    continue;
                }
                long r = rest - cents[i];
                if (r == 0) {
                    if (depth + 1 >= 2) {
                        chosen[depth] = i;
                        return depth + 1;
                    }
                    continue;
                }
                for (int j = i + 1; j < c; j++) {
                    if (cents[j] == r) {
                        chosen[depth] = i;
                        chosen[depth + 1] = j;
                        return depth + 2;
                    }
                }
            }
            return 0;
        }
        for (int i = from; i < c; i++) {
            if (Math.abs(cents[i]) > Math.abs(rest)) {
                continue;
            }
            chosen[depth] = i;
            int r = search(cents, c, i + 1, rest - cents[i], chosen, depth + 1, bound);
            if (r > 0) {
                return r;
            }
        }
        return 0;
    }

    private static boolean sameSign(long[] cents, int c, long target) {
        int sign = Long.signum(target);
        for (int i = 0; i < c; i++) {
            if (Long.signum(cents[i]) != sign || cents[i] == Long.MIN_VALUE) {
                return false;
            }
        }
        return sign != 0 && target != Long.MIN_VALUE;
    }

    /** Fills {@code bound[k][s]}: sum of the k largest |cents| in positions s..c-1 (saturating; k ≤ max). */
    private void topSums(long[] cents, int c, int max) {
        int held = 0; // top[0..held): the largest |cents| seen so far, decreasing
        for (int s = c - 1; s >= 0; s--) {
            long v = Math.abs(cents[s]);
            int at = held < max ? held++ : max;
            while (at > 0 && top[at - 1] < v) {
                if (at < max) {
                    top[at] = top[at - 1];
                }
                at--;
            }
            if (at < max) {
                top[at] = v;
            }
            long sum = 0;
            for (int k = 1; k <= max; k++) {
                if (k <= held) {
                    sum = sum + top[k - 1] < sum ? Long.MAX_VALUE : sum + top[k - 1];
                }
                bound[k][s] = sum;
            }
        }
    }
}
