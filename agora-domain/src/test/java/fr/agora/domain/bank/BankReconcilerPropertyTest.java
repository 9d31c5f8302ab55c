package fr.agora.domain.bank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants over many seeded random cases (the seed is in every assertion message). */
class BankReconcilerPropertyTest {

    static final LocalDate END = LocalDate.of(2026, 6, 30);

    @Test
    void invariants_hold_for_random_cases() {
        for (long seed = 1; seed <= 500; seed++) {
            check(seed);
        }
    }

    private void check(long seed) {
        Random rnd = new Random(seed);
        List<BookEntry> book = new ArrayList<>();
        List<StatementLine> bank = new ArrayList<>();
        int common = rnd.nextInt(40);
        for (int i = 0; i < common; i++) {
            long cents = (rnd.nextInt(2000) + 1) * (rnd.nextBoolean() ? 1 : -1) * (rnd.nextInt(3) == 0 ? 100 : 1);
            LocalDate day = END.minusDays(10 + rnd.nextInt(60));
            String ref = rnd.nextInt(3) == 0 ? "REF" + rnd.nextInt(30) : null;
            book.add(new BookEntry("B" + i, day, "b", ref, Money.ofCents(cents)));
            if (rnd.nextInt(5) == 0 && Math.abs(cents) > 1) {
                long part = cents / 2;
                bank.add(new StatementLine("S" + i + "a", day.plusDays(rnd.nextInt(3)), "p", null, Money.ofCents(part)));
                bank.add(new StatementLine("S" + i + "b", day.plusDays(rnd.nextInt(3)), "p", null, Money.ofCents(cents - part)));
            } else {
                bank.add(new StatementLine("S" + i, day.plusDays(rnd.nextInt(8)), "l " + (ref == null ? "" : ref),
                        rnd.nextInt(4) == 0 ? ref : null, Money.ofCents(rnd.nextInt(10) == 0 ? cents + 9 : cents)));
            }
        }
        for (int i = 0; i < rnd.nextInt(6); i++) {
            book.add(new BookEntry("BO" + i, END.minusDays(rnd.nextInt(30)), "o", null,
                    Money.ofCents(rnd.nextInt(100000) - 50000)));
        }
        for (int i = 0; i < rnd.nextInt(6); i++) {
            bank.add(new StatementLine("SO" + i, END.minusDays(rnd.nextInt(30)), "o", null,
                    Money.ofCents(rnd.nextInt(100000) - 50000)));
        }
        Collections.shuffle(book, rnd);
        Collections.shuffle(bank, rnd);
        long openingBook = rnd.nextInt(1000000) - 500000;
        long openingBank = rnd.nextBoolean() ? openingBook : rnd.nextInt(1000000) - 500000;
        long bookBal = openingBook + book.stream().mapToLong(b -> b.amount().cents()).sum();
        long bankBal = openingBank + bank.stream().mapToLong(b -> b.amount().cents()).sum();

        Reconciliation r = new BankReconciler().reconcile(END, Money.ofCents(bookBal), Money.ofCents(bankBal), book, bank);

        String msg = "seed " + seed;
        // adjusted balances differ by exactly the unexplained amount (opening difference)
        assertThat(r.difference()).as(msg).isEqualTo(Money.ofCents(openingBook - openingBank));
        assertThat(r.adjustedBookBalance().minus(r.adjustedBankBalance())).as(msg).isEqualTo(r.difference());
        assertThat(r.balanced()).as(msg).isEqualTo(openingBook == openingBank);
        // no item used twice; each item matched or unmatched exactly once; each match sums equal
        Map<String, Long> eCents = new HashMap<>();
        book.forEach(b -> eCents.put(b.id(), b.amount().cents()));
        Map<String, Long> lCents = new HashMap<>();
        bank.forEach(b -> lCents.put(b.id(), b.amount().cents()));
        Set<String> seenE = new HashSet<>();
        Set<String> seenL = new HashSet<>();
        for (Match mt : r.matches()) {
            long se = 0;
            long sl = 0;
            for (String id : mt.bookEntryIds()) {
                assertThat(seenE.add(id)).as(msg + " entry used twice " + id).isTrue();
                se += eCents.get(id);
            }
            for (String id : mt.statementLineIds()) {
                assertThat(seenL.add(id)).as(msg + " line used twice " + id).isTrue();
                sl += lCents.get(id);
            }
            // equal sums, but for a transposition corrected by its entry (issue 13): then they differ by the correction
            assertThat(se + mt.correction().cents()).as(msg + " " + mt).isEqualTo(sl);
            assertThat(mt.correction().isZero()).as(msg).isEqualTo(mt.rule() != MatchRule.REFERENCE_WITH_CORRECTION);
        }
        r.unmatchedBookEntries().forEach(b -> assertThat(seenE.add(b.id())).as(msg).isTrue());
        r.unmatchedStatementLines().forEach(b -> assertThat(seenL.add(b.id())).as(msg).isTrue());
        assertThat(seenE).as(msg).hasSize(book.size());
        assertThat(seenL).as(msg).hasSize(bank.size());
        // one adjusting entry per unmatched statement line and per corrected match, each balanced
        long corrected = r.matches().stream().filter(mt -> mt.rule() == MatchRule.REFERENCE_WITH_CORRECTION).count();
        assertThat(r.adjustingEntries()).as(msg).hasSize(r.unmatchedStatementLines().size() + (int) corrected);
        for (AdjustingEntry a : r.adjustingEntries()) {
            Money dr = Money.total(a.lines().stream().map(AdjustingEntry.Line::debit).toList());
            Money cr = Money.total(a.lines().stream().map(AdjustingEntry.Line::credit).toList());
            assertThat(dr).as(msg).isEqualTo(cr);
        }
        // near misses are never matched
        for (NearMiss nm : r.nearMisses()) {
            assertThat(r.unmatchedBookEntries()).as(msg).anyMatch(b -> b.id().equals(nm.bookEntryId()));
        }
        // suggestions are never matched either: both items stay in the suspens
        for (Suggestion sg : r.suggestions()) {
            assertThat(r.unmatchedBookEntries()).as(msg).anyMatch(b -> b.id().equals(sg.bookEntryId()));
            assertThat(r.unmatchedStatementLines()).as(msg).anyMatch(l -> l.id().equals(sg.statementLineId()));
        }
    }
}
