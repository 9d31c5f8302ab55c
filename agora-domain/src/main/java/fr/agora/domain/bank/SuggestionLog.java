package fr.agora.domain.bank;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs a step refused to tick because they contradict each other: at most one per statement line (the first
 * found), reported at the end when both items are still open and the entry has not been suggested already.
 */
final class SuggestionLog {
    private final int lineCount;
    private int[] entryOf;
    private Suggestion.Reason[] reason;
    private MatchRule[] rule;

    SuggestionLog(int lineCount) {
        this.lineCount = lineCount;
    }

    void offer(int e, int li, Suggestion.Reason why, MatchRule wouldBe) {
        if (entryOf == null) {
            entryOf = new int[lineCount];
            reason = new Suggestion.Reason[lineCount];
            rule = new MatchRule[lineCount];
        }
        if (entryOf[li] == 0) {
            entryOf[li] = e + 1;
            reason[li] = why;
            rule[li] = wouldBe;
        }
    }

    List<Suggestion> stillOpen(Side entries, Side lines) {
        List<Suggestion> out = new ArrayList<>();
        if (entryOf == null) {
            return out;
        }
        boolean[] suggested = new boolean[entries.size()];
        for (int li = 0; li < lineCount; li++) {
            int e = entryOf[li] - 1;
            if (e < 0 || entries.used[e] || lines.used[li] || suggested[e]) {
                continue;
            }
            suggested[e] = true;
            boolean accounts = reason[li] == Suggestion.Reason.COUNTERPART_ACCOUNTS_DIFFER;
            out.add(new Suggestion(entries.id[e], lines.id[li], rule[li], reason[li],
                    accounts ? entries.account[e] : entries.reference[e],
                    accounts ? lines.account[li] : lines.reference[li]));
        }
        return out;
    }
}
