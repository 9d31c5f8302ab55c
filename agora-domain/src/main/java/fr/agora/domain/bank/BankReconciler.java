package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rapprochement bancaire as it is taught: tick off (pointage) the statement lines against the 512 book entries,
 * list what is left on each side (the suspens), draw up the état de rapprochement and write the adjusting entries.
 *
 * <p>The pointage runs in steps; an item ticked by one step is never offered to the next:
 * <ol>
 *   <li>same reference (the line's reference, or a word of its label, is the entry's reference), same amount;</li>
 *   <li>same amount, dates within {@link MatchingOptions#dateToleranceDays()} (closest date first);</li>
 *   <li>many-to-one, both ways: several entries summing to one line (a grouped deposit), then several lines
 *       summing to one entry;</li>
 *   <li>near misses, same reference and another amount: a transposition (145 booked, 154 debited) is matched with
 *       a correcting entry; any other is reported for a human to look at.</li>
 * </ol>
 * Two items whose counterpart accounts or references contradict are never ticked automatically; the pair is returned
 * as a {@link Suggestion} to confirm. Each step lives in its own package-private class ({@link ReferenceMatcher},
 * {@link AmountDateMatcher}, {@link ManyToOneMatcher}, {@link NearMissReview}); the input checks are in
 * {@link ReconciliationInput}, the accounts in {@link BankAccounts}. The whole run is O(n log n); see
 * {@code docs/bank.md}.
 */
public final class BankReconciler {

    private final MatchingOptions options;

    public BankReconciler(MatchingOptions options) {
        this.options = options;
    }

    public BankReconciler() {
        this(MatchingOptions.defaults());
    }

    public Reconciliation reconcile(LocalDate date, Money bookBalance, Money bankBalance,
                                    List<BookEntry> entries, List<StatementLine> lines) {
        ReconciliationInput in = ReconciliationInput.read(date, entries, lines);
        List<Match> matches = new ArrayList<>(Math.min(entries.size(), lines.size()));
        SuggestionLog suggestions = new SuggestionLog(lines.size());

        // pointage, step by step
        ReferenceMatcher byReference = new ReferenceMatcher(in.entries, in.lines, suggestions);
        byReference.tick(matches);                                                          // 1. reference
        new AmountDateMatcher(in.entries, in.lines, options, suggestions).tick(matches);    // 2. amount and date
        ManyToOneMatcher grouped = new ManyToOneMatcher(options);
        grouped.tick(in.entries, in.lines, MatchRule.MANY_ENTRIES_TO_ONE_LINE, matches);    // 3. many-to-one
        grouped.tick(in.lines, in.entries, MatchRule.MANY_LINES_TO_ONE_ENTRY, matches);
        NearMissReview review = new NearMissReview(in.entries, in.lines);
        List<NearMiss> nearMisses = byReference.review(review, matches, entries, lines);    // 4. near misses

        // adjusting entries: the lines the books lack, and the corrections of step 4
        List<StatementLine> openLines = in.lines.open(lines);
        List<AdjustingEntry> adjusting = new ArrayList<>(openLines.size());
        for (StatementLine l : openLines) {
            adjusting.add(AdjustingEntries.forUnrecordedLine(l));
        }
        adjusting.addAll(review.corrections());
        // état de rapprochement: each side's balance adjusted by the other side's suspens
        Money adjustedBook = bookBalance.plus(Money.ofCents(in.lines.openCents() + review.correctionCents()));
        Money adjustedBank = bankBalance.plus(Money.ofCents(in.entries.openCents()));
        Money difference = adjustedBook.minus(adjustedBank);
        return new Reconciliation(matches, nearMisses, suggestions.stillOpen(in.entries, in.lines),
                in.entries.open(entries), openLines, adjustedBook, adjustedBank, difference.isZero(),
                difference, adjusting);
    }
}
