package fr.agora.domain.bank;

import fr.agora.domain.shared.SubsetSum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Step 3 of the pointage, run once each way: for each open "target" item (in input order), a subset of 2 to
 * {@code maxGroupSize} open "part" items of the other side (same sign, smaller amount, in the date window, among the
 * first {@code maxCandidates} such items by date) whose sum is the target — a grouped cheque deposit, a card
 * settlement split over several lines. A part that contradicts the target ({@link Counterparties}) is no candidate.
 *
 * <p>How: the open parts are sorted by day (a counting sort when they span few days), so the window of a target is a
 * binary search (or a table look-up) away, and "next open" pointers skip the parts already taken.
 */
final class ManyToOneMatcher {
    /** Open items spread over at most this many days are sorted by day with a counting sort. */
    private static final int MAX_COUNTING_SPAN = 1 << 16;

    private final MatchingOptions options;

    ManyToOneMatcher(MatchingOptions options) {
        this.options = options;
    }

    /** Ticks groups of {@code parts} summing to one item of {@code targets}, each recorded under {@code rule}. */
    void tick(Side parts, Side targets, MatchRule rule, List<Match> matches) {
        int open = parts.countOpen();
        if (open < 2) {
            return;
        }
        OpenByDay byDay = OpenByDay.of(parts, open);
        int tol = options.dateToleranceDays();
        int maxC = options.maxCandidates();
        int[] candPos = new int[maxC];
        long[] candCents = new long[maxC];
        int[] chosen = new int[options.maxGroupSize()];
        SubsetSum subsets = new SubsetSum(maxC, options.maxGroupSize());
        boolean mayContradict = Counterparties.possible(parts, targets);
        for (int t = 0; t < targets.size(); t++) {
            if (targets.used[t] || targets.cents[t] == 0) {
                continue;
            }
            long target = targets.cents[t];
            int c = byDay.candidates(parts, targets, t, mayContradict, tol, maxC, candPos, candCents);
            if (c < 2) {
                continue;
            }
            int size = subsets.find(candCents, c, target, chosen);
            if (size >= 2) {
                List<String> partIds = new ArrayList<>(size);
                for (int j = 0; j < size; j++) {
                    int p = byDay.take(candPos[chosen[j]]);
                    parts.use(p);
                    partIds.add(parts.id[p]);
                }
                targets.use(t);
                List<String> targetId = List.of(targets.id[t]);
                matches.add(rule == MatchRule.MANY_ENTRIES_TO_ONE_LINE
                        ? new Match(partIds, targetId, rule)
                        : new Match(targetId, partIds, rule));
            }
        }
    }

    /** The open parts in (day, index) order, with "next open" pointers and, for a small span, a day table. */
    private static final class OpenByDay {
        private final int[] posDay;
        private final int[] posItem;
        private final long[] posCents;
        private final int[] next;
        /** dayStart[x] = first position whose day is ≥ minD + x (x in 0..span+1), or null for a wide span. */
        private int[] dayStart;
        private final int minD;
        private final int maxD;

        private OpenByDay(int open, int minD, int maxD) {
            posDay = new int[open];
            posItem = new int[open];
            posCents = new long[open];
            next = Positions.identity(open + 1);
            this.minD = minD;
            this.maxD = maxD;
        }

        static OpenByDay of(Side parts, int open) {
            int minD = Integer.MAX_VALUE;
            int maxD = Integer.MIN_VALUE;
            for (int i = 0; i < parts.size(); i++) {
                if (!parts.used[i]) {
                    minD = Math.min(minD, parts.day[i]);
                    maxD = Math.max(maxD, parts.day[i]);
                }
            }
            OpenByDay o = new OpenByDay(open, minD, maxD);
            o.dayStart = (long) maxD - minD <= MAX_COUNTING_SPAN
                    ? countingSortByDay(parts, minD, maxD - minD, o.posDay, o.posItem)
                    : sortByDay(parts, o.posDay, o.posItem);
            for (int p = 0; p < open; p++) {
                o.posCents[p] = parts.cents[o.posItem[p]];
            }
            return o;
        }

        /**
         * Fills the candidates of target {@code t}, at day d: open parts of its sign and smaller amount, not
         * contradicting it, in [d − tol, d + tol], at most {@code maxC} of them, looking at no more than 4 × maxC
         * open parts.
         */
        int candidates(Side parts, Side targets, int t, boolean mayContradict, int tol, int maxC, int[] candPos,
                       long[] candCents) {
            long target = targets.cents[t];
            int d = targets.day[t];
            int open = posDay.length;
            int from = dayStart == null ? Positions.lowerBound(posDay, 0, open, d - tol)
                    : dayStart[(int) Math.max(0, Math.min((long) maxD - minD + 1, (long) (d - tol) - minD))];
            int pos = Positions.nextOpen(next, from);
            int c = 0;
            int visits = 0;
            while (pos < open && posDay[pos] <= d + tol && c < maxC && visits++ < 4 * maxC) {
                long v = posCents[pos];
                if (Long.signum(v) == Long.signum(target) && Math.abs(v) < Math.abs(target)
                        && (!mayContradict || Counterparties.contradiction(parts, posItem[pos], targets, t) == null)) {
                    candPos[c] = pos;
                    candCents[c] = v;
                    c++;
                }
                pos = Positions.nextOpen(next, pos + 1);
            }
            return c;
        }

        /** Closes position {@code pos}; returns the part's item index. */
        int take(int pos) {
            Positions.close(next, pos);
            return posItem[pos];
        }

        /** Stable counting sort by day; returns the first position of each day offset 0..span+1. */
        private static int[] countingSortByDay(Side parts, int minD, int span, int[] posDay, int[] posItem) {
            int[] start = new int[span + 2];
            for (int i = 0; i < parts.size(); i++) {
                if (!parts.used[i]) {
                    start[parts.day[i] - minD + 1]++;
                }
            }
            for (int x = 1; x < start.length; x++) {
                start[x] += start[x - 1];
            }
            int[] fill = Arrays.copyOf(start, span + 1);
            for (int i = 0; i < parts.size(); i++) {
                if (!parts.used[i]) {
                    int p = fill[parts.day[i] - minD]++;
                    posDay[p] = parts.day[i];
                    posItem[p] = i;
                }
            }
            return start;
        }

        /** Any span of days: (day, index) packed in a long and sorted; no day table (null). */
        private static int[] sortByDay(Side parts, int[] posDay, int[] posItem) {
            long[] keys = new long[posDay.length];
            int k = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (!parts.used[i]) {
                    keys[k++] = ((long) parts.day[i] << 32) | i;
                }
            }
            Arrays.sort(keys);
            for (int p = 0; p < keys.length; p++) {
                posDay[p] = (int) (keys[p] >> 32);
                posItem[p] = (int) keys[p];
            }
            return null;
        }
    }
}
