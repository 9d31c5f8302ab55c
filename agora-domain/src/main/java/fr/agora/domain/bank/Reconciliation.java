package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.util.List;

/**
 * The état de rapprochement: matches, near misses, suggestions to confirm, suspens on each side, adjusted balances
 * (book: 512 debit positive; bank: statement seen from the company) and adjusting entries.
 * {@code difference} = adjusted book balance − adjusted bank balance (zero when balanced).
 */
public record Reconciliation(List<Match> matches, List<NearMiss> nearMisses, List<Suggestion> suggestions,
                             List<BookEntry> unmatchedBookEntries, List<StatementLine> unmatchedStatementLines,
                             Money adjustedBookBalance, Money adjustedBankBalance, boolean balanced, Money difference,
                             List<AdjustingEntry> adjustingEntries) {
}
