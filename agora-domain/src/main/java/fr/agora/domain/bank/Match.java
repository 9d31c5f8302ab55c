package fr.agora.domain.bank;

import java.util.List;

/** Book entries and statement lines ticked together (pointage), and the rule that ticked them. */
public record Match(List<String> bookEntryIds, List<String> statementLineIds, MatchRule rule) {
    public Match {
        bookEntryIds = List.copyOf(bookEntryIds);
        statementLineIds = List.copyOf(statementLineIds);
    }
}
