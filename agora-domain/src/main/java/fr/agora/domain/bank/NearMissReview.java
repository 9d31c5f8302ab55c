package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 4 of the pointage: the pairs of step 1 with the same reference and different amounts, once every other step
 * has run. A pair whose amounts are written with the same digits in another order (145 booked, 154 debited) is the
 * same operation booked with a <em>transposition error</em>: it is matched, with a correcting entry for the
 * difference (the difference of a transposition is always a multiple of 9, the hint taught). Any other pair is a
 * {@link NearMiss}, reported and left open.
 */
final class NearMissReview {
    private final Side entries;
    private final Side lines;
    private final List<AdjustingEntry> corrections = new ArrayList<>();
    private long correctionCents;

    NearMissReview(Side entries, Side lines) {
        this.entries = entries;
        this.lines = lines;
    }

    /**
     * @param near candidates (entry index << 32 | line index) in discovery order, those of a line contiguous
     * @return the near misses left: per line, the first candidate whose two items are still open
     */
    List<NearMiss> review(long[] near, int count, List<Match> matches, List<BookEntry> bookEntries,
                          List<StatementLine> statementLines) {
        int start = 0;
        while (start < count) {
            int end = endOfLine(near, start, count);
            correctFirstTransposition(near, start, end, matches, bookEntries, statementLines);
            start = end;
        }
        List<NearMiss> out = new ArrayList<>();
        start = 0;
        while (start < count) {
            int end = endOfLine(near, start, count);
            for (int k = start; k < end; k++) {
                int e = (int) (near[k] >>> 32);
                int li = (int) near[k];
                if (!entries.used[e] && !lines.used[li]) {
                    BookEntry be = bookEntries.get(e);
                    StatementLine l = statementLines.get(li);
                    out.add(new NearMiss(be.id(), l.id(), be.reference(), be.amount(), l.amount(),
                            l.amount().minus(be.amount())));
                    break;
                }
            }
            start = end;
        }
        return out;
    }

    List<AdjustingEntry> corrections() {
        return corrections;
    }

    /** Σ (statement − book) of the corrected pairs: what the corrections add to the book balance. */
    long correctionCents() {
        return correctionCents;
    }

    private void correctFirstTransposition(long[] near, int start, int end, List<Match> matches,
                                           List<BookEntry> bookEntries, List<StatementLine> statementLines) {
        for (int k = start; k < end; k++) {
            int e = (int) (near[k] >>> 32);
            int li = (int) near[k];
            if (!entries.used[e] && !lines.used[li] && isTransposition(entries.cents[e], lines.cents[li])
                    && !Counterparties.accountsContradict(entries, e, lines, li)) {
                entries.use(e);
                lines.use(li);
                long diff = lines.cents[li] - entries.cents[e];
                correctionCents += diff;
                matches.add(new Match(List.of(entries.id[e]), List.of(lines.id[li]),
                        MatchRule.REFERENCE_WITH_CORRECTION, Money.ofCents(diff)));
                corrections.add(AdjustingEntries.forCorrection(bookEntries.get(e), statementLines.get(li)));
                return;
            }
        }
    }

    private static int endOfLine(long[] near, int start, int count) {
        int li = (int) near[start];
        int end = start + 1;
        while (end < count && (int) near[end] == li) {
            end++;
        }
        return end;
    }

    /**
     * Two different amounts of the same sign written with the same digits (in cents) in another order. 1 001 and
     * 1 001 are equal, so not a transposition; 145.00 and 154.00 are (14500 / 15400, difference 900 = 9 × 100).
     */
    static boolean isTransposition(long booked, long actual) {
        if (booked == actual || booked == 0 || Long.signum(booked) != Long.signum(actual)
                || booked == Long.MIN_VALUE || actual == Long.MIN_VALUE) {
            return false;
        }
        int[] digits = new int[10];
        for (long a = Math.abs(booked); a > 0; a /= 10) {
            digits[(int) (a % 10)]++;
        }
        for (long b = Math.abs(actual); b > 0; b /= 10) {
            digits[(int) (b % 10)]--;
        }
        for (int d : digits) {
            if (d != 0) {
                return false;
            }
        }
        return true;
    }
}
