package fr.agora.domain.bank;

import java.util.Arrays;
import java.util.List;

/**
 * Step 2 of the pointage: same amount in cents, dates within the tolerance; among the candidates, the closest date,
 * then the earliest entry date, then input order. A candidate that contradicts the line (counterpart accounts or
 * references, see {@link Counterparties}) is never taken: when only such candidates are in the window, the closest
 * one is suggested instead.
 *
 * <p>How: the open entries are sorted once by (amount, day, index) and the open lines by (amount, index); both are
 * walked amount group by amount group. Lines of different amounts never compete for an entry, so the groups are
 * independent; inside a group each line (in input order) takes its best entry in the date window, and "next open"
 * pointers skip the entries already taken. The matches are emitted afterwards in line order.
 */
final class AmountDateMatcher {
    private final Side entries;
    private final Side lines;
    private final int tolerance;
    private final int maxCandidates;
    private final SuggestionLog suggestions;
    private final boolean mayContradict;

    // the open entries in (amount, day, index) order and the open lines in (amount, index) order
    private long[] entryCents;
    private int[] entryDay;
    private int[] entryItem;
    private long[] lineCents;
    private int[] lineItem;

    AmountDateMatcher(Side entries, Side lines, MatchingOptions options, SuggestionLog suggestions) {
        this.suggestions = suggestions;
        this.entries = entries;
        this.lines = lines;
        this.tolerance = options.dateToleranceDays();
        this.maxCandidates = options.maxCandidates();
        this.mayContradict = Counterparties.possible(entries, lines);
    }

    void tick(List<Match> matches) {
        int ne = entries.countOpen();
        int nl = lines.countOpen();
        if (ne == 0 || nl == 0) {
            return;
        }
        sortOpenItemsByAmount(ne, nl);
        int[] matchedEntry = walkAmountGroups(ne, nl);
        for (int li = 0; li < lines.size(); li++) {
            if (matchedEntry[li] > 0) {
                matches.add(new Match(List.of(entries.id[matchedEntry[li] - 1]), List.of(lines.id[li]),
                        MatchRule.AMOUNT_DATE));
            }
        }
    }

    /** For each line, its matched entry index + 1 (0 when none). */
    private int[] walkAmountGroups(int ne, int nl) {
        int[] next = Positions.identity(ne + 1);
        int[] matchedEntry = new int[lines.size()];
        int ep = 0;
        int lp = 0;
        while (lp < nl) {
            long c = lineCents[lp];
            int lq = lp + 1;
            while (lq < nl && lineCents[lq] == c) {
                lq++;
            }
            while (ep < ne && entryCents[ep] < c) {
                ep++;
            }
            if (ep < ne && entryCents[ep] == c) {
                int eq = ep + 1;
                while (eq < ne && entryCents[eq] == c) {
                    eq++;
                }
                for (int k = lp; k < lq; k++) {
                    matchLine(lineItem[k], ep, eq, next, matchedEntry);
                }
                ep = eq;
            }
            lp = lq;
        }
        return matchedEntry;
    }

    /** Line {@code li} takes the open entry of positions [ep, eq) closest in date, if one is in the window. */
    private void matchLine(int li, int ep, int eq, int[] next, int[] matchedEntry) {
        int d = lines.day[li];
        int pos = Positions.nextOpen(next, Positions.lowerBound(entryDay, ep, eq, d - tolerance));
        int best = -1;
        int bestGap = Integer.MAX_VALUE;
        int refused = -1;
        int refusedGap = Integer.MAX_VALUE;
        int seen = 0;
        while (pos < eq && entryDay[pos] <= d + tolerance && seen++ < maxCandidates) {
            int gap = Math.abs(entryDay[pos] - d);
            if (gap < bestGap || gap < refusedGap) {
                if (!mayContradict || Counterparties.contradiction(entries, entryItem[pos], lines, li) == null) {
                    if (gap < bestGap) {
                        bestGap = gap;
                        best = pos;
                    }
                } else if (gap < refusedGap) {
                    refusedGap = gap;
                    refused = pos;
                }
            }
            pos = Positions.nextOpen(next, pos + 1);
        }
        if (best < 0 && refused >= 0) {
            int e = entryItem[refused];
            suggestions.offer(e, li, Counterparties.contradiction(entries, e, lines, li), MatchRule.AMOUNT_DATE);
        }
        if (best >= 0) {
            int e = entryItem[best];
            Positions.close(next, best);
            entries.use(e);
            lines.use(li);
            matchedEntry[li] = e + 1;
        }
    }

    /** The open items' sort orders, packed in longs when the ranges allow it, by a stable merge sort otherwise. */
    private void sortOpenItemsByAmount(int ne, int nl) {
        long minC = Long.MAX_VALUE;
        long maxC = Long.MIN_VALUE;
        int minD = Integer.MAX_VALUE;
        int maxD = Integer.MIN_VALUE;
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.used[i]) {
                minC = Math.min(minC, entries.cents[i]);
                maxC = Math.max(maxC, entries.cents[i]);
                minD = Math.min(minD, entries.day[i]);
                maxD = Math.max(maxD, entries.day[i]);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.used[i]) {
                minC = Math.min(minC, lines.cents[i]);
                maxC = Math.max(maxC, lines.cents[i]);
            }
        }
        entryCents = new long[ne];
        entryDay = new int[ne];
        entryItem = new int[ne];
        lineCents = new long[nl];
        lineItem = new int[nl];
        int idxBits = Positions.bits(Math.max(entries.size(), lines.size()) - 1L);
        int dayBits = Positions.bits((long) maxD - minD);
        long range = maxC - minC;
        if (range >= 0 && Positions.bits(range) + dayBits + idxBits <= 63) {
            int shift = idxBits + dayBits;
            packed(entries, minC, minD, shift, idxBits, entryCents, entryDay, entryItem);
            packed(lines, minC, 0, idxBits, -1, lineCents, null, lineItem);
        } else {
            general(entries, entryCents, entryDay, entryItem);
            general(lines, lineCents, null, lineItem);
        }
    }

    /**
     * Fast path: (amount, day, index) — or (amount, index) when {@code dayShift} is -1 — packed in one
     * {@code long} per open item and sorted as primitives.
     */
    private static void packed(Side side, long minC, int minD, int shift, int dayShift, long[] outCents,
                               int[] outDay, int[] outItem) {
        int idxBits = dayShift < 0 ? shift : dayShift;
        long idxMask = (1L << idxBits) - 1;
        long[] keys = new long[outCents.length];
        int k = 0;
        for (int i = 0; i < side.size(); i++) {
            if (!side.used[i]) {
                long dayPart = dayShift < 0 ? 0 : ((long) side.day[i] - minD) << idxBits;
                keys[k++] = ((side.cents[i] - minC) << shift) | dayPart | i;
            }
        }
        Arrays.sort(keys);
        long dayMask = (1L << (shift - idxBits)) - 1;
        for (int p = 0; p < keys.length; p++) {
            long key = keys[p];
            outCents[p] = minC + (key >>> shift);
            if (outDay != null) {
                outDay[p] = minD + (int) ((key >>> idxBits) & dayMask);
            }
            outItem[p] = (int) (key & idxMask);
        }
    }

    /** Any amounts (a range too wide to pack): a stable merge sort of the indices, same order as the fast path. */
    private static void general(Side side, long[] outCents, int[] outDay, int[] outItem) {
        int k = 0;
        for (int i = 0; i < side.size(); i++) {
            if (!side.used[i]) {
                outItem[k++] = i;
            }
        }
        IndexSort.sort(outItem, side.cents, outDay == null ? null : side.day);
        for (int p = 0; p < outItem.length; p++) {
            outCents[p] = side.cents[outItem[p]];
            if (outDay != null) {
                outDay[p] = side.day[outItem[p]];
            }
        }
    }
}
