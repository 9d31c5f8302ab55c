package fr.agora.domain.bank;

import java.util.Arrays;
import java.util.List;

/**
 * Step 1 of the pointage: the line's reference, or a word of its label (a run of at least 3 letters, digits, '-',
 * '/', '_'), equals an entry's reference, and the amounts are equal. The same reference with another amount is kept
 * as a near-miss candidate for step 4 ({@link NearMissReview}). Two items whose counterpart accounts contradict are
 * not ticked, only suggested.
 */
final class ReferenceMatcher {
    /** At most this many open entries sharing a reference are looked at for one key of a line. */
    private static final int MAX_REFERENCE_CANDIDATES = 64;
    private static final int MIN_WORD_LENGTH = 3;

    private final Side entries;
    private final Side lines;
    private final SuggestionLog suggestions;
    private final boolean accountsMayContradict;
    /** Near-miss candidates in discovery order, each (entry index << 32 | line index). */
    private long[] near = new long[16];
    private int nearCount;

    ReferenceMatcher(Side entries, Side lines, SuggestionLog suggestions) {
        this.entries = entries;
        this.lines = lines;
        this.suggestions = suggestions;
        this.accountsMayContradict = entries.anyAccount && lines.anyAccount;
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
                if (accountsMayContradict && Counterparties.accountsContradict(entries, e, lines, li)) {
                    suggestions.offer(e, li, Suggestion.Reason.COUNTERPART_ACCOUNTS_DIFFER, MatchRule.REFERENCE);
                    continue;
                }
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

    /** Step 4 reviews these: the near-miss candidates in discovery order, those of a line contiguous. */
    List<NearMiss> review(NearMissReview review, List<Match> matches, List<BookEntry> bookEntries,
                          List<StatementLine> statementLines) {
        return review.review(near, nearCount, matches, bookEntries, statementLines);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '_';
    }
}
