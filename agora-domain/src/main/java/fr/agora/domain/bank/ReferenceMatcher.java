package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Step 1 of the pointage: the line's reference, or a word of its label (a run of at least 3 letters, digits, '-',
 * '/', '_'), equals an entry's reference, and the amounts are equal. The same reference with another amount is kept
 * as a near-miss candidate, reported at the end if both items are still open.
 */
final class ReferenceMatcher {
    /** At most this many open entries sharing a reference are looked at for one key of a line. */
    private static final int MAX_REFERENCE_CANDIDATES = 64;
    private static final int MIN_WORD_LENGTH = 3;

    private final Side entries;
    private final Side lines;
    /** Near-miss candidates in discovery order, each (entry index << 32 | line index). */
    private long[] near = new long[16];
    private int nearCount;

    ReferenceMatcher(Side entries, Side lines) {
        this.entries = entries;
        this.lines = lines;
    }

    void tick(List<Match> matches) {
        ReferenceIndex index = ReferenceIndex.of(entries);
        if (index == null) {
            return;
        }
        for (int li = 0; li < lines.size(); li++) {
            String r = lines.reference[li];
            if (r != null && tryKey(index, li, r, 0, r.length(), matches)) {
                continue;
            }
            tryLabelWords(index, li, matches);
        }
    }

    /** Offers line {@code li} each word of its label in turn, until one matches. */
    private void tryLabelWords(ReferenceIndex index, int li, List<Match> matches) {
        String label = lines.label[li];
        int len = label.length();
        int start = -1;
        for (int i = 0; i <= len; i++) {
            boolean word = i < len && isWordChar(label.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (i - start >= MIN_WORD_LENGTH && tryKey(index, li, label, start, i, matches)) {
                    return;
                }
                start = -1;
            }
        }
    }

    /** Offers line {@code li} the open entries whose reference is {@code key[from, to)}; true when it matched. */
    private boolean tryKey(ReferenceIndex index, int li, String key, int from, int to, List<Match> matches) {
        int seen = 0;
        for (int e = index.first(key, from, to); e >= 0; e = index.after(e)) {
            if (entries.used[e]) {
                continue;
            }
            if (++seen > MAX_REFERENCE_CANDIDATES) {
                return false;
            }
            if (entries.cents[e] == lines.cents[li]) {
                entries.use(e);
                lines.use(li);
                matches.add(new Match(List.of(entries.id[e]), List.of(lines.id[li]), MatchRule.REFERENCE));
                return true;
            }
            if (nearCount == near.length) {
                near = Arrays.copyOf(near, 2 * near.length);
            }
            near[nearCount++] = ((long) e << 32) | li;
        }
        return false;
    }

    /** The near misses whose two items no layer ticked: the first open candidate of each line. */
    List<NearMiss> nearMisses(List<BookEntry> bookEntries, List<StatementLine> statementLines) {
        List<NearMiss> out = new ArrayList<>();
        int lastReported = -1;
        for (int k = 0; k < nearCount; k++) {
            int e = (int) (near[k] >>> 32);
            int li = (int) near[k];
            // the candidates of one line are contiguous: reporting the first open one is "once per line"
            if (!entries.used[e] && !lines.used[li] && li != lastReported) {
                lastReported = li;
                BookEntry be = bookEntries.get(e);
                StatementLine l = statementLines.get(li);
                Money difference = l.amount().minus(be.amount());
                out.add(new NearMiss(be.id(), l.id(), be.reference(), be.amount(), l.amount(), difference));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '_';
    }
}
