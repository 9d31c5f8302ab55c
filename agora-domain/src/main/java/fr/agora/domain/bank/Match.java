package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * Book entries and statement lines ticked together (pointage), and the rule that ticked them. {@code correction} is
 * zero but for {@link MatchRule#REFERENCE_WITH_CORRECTION}: then it is statement − book, the amount the books must
 * correct (its entry is among the adjusting entries).
 */
public record Match(List<String> bookEntryIds, List<String> statementLineIds, MatchRule rule, Money correction) {
    public Match {
        bookEntryIds = List.copyOf(bookEntryIds);
        statementLineIds = List.copyOf(statementLineIds);
        Objects.requireNonNull(rule, "rule");
        correction = correction == null ? Money.ZERO : correction;
    }

    public Match(List<String> bookEntryIds, List<String> statementLineIds, MatchRule rule) {
        this(bookEntryIds, statementLineIds, rule, Money.ZERO);
    }
}
