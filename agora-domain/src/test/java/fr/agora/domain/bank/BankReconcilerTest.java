package fr.agora.domain.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankReconcilerTest {

    static final LocalDate END = LocalDate.of(2026, 3, 31);

    static LocalDate d(int day) {
        return LocalDate.of(2026, 3, day);
    }

    static Money m(String s) {
        return Money.of(s);
    }

    static BookEntry e(String id, int day, String ref, String amount) {
        return new BookEntry(id, d(day), "entry " + id, ref, m(amount));
    }

    static StatementLine l(String id, int day, String label, String ref, String amount) {
        return new StatementLine(id, d(day), label, ref, m(amount));
    }

    static StatementLine l(String id, int day, String label, String amount, String account, String vat) {
        return new StatementLine(id, d(day), label, null, m(amount), account, vat == null ? null : m(vat));
    }

    /**
     * Textbook état de rapprochement at 31/03/2026.
     * Books (512): balance 12 500,00 debit. Statement: 12 760,00 credit at the bank (positive for the company).
     * Ticked: cheque CHQ2001 −300 (reference in the label), transfer 450 (2 days apart), grouped deposit
     * 100 + 250 = 350 (one statement line).
     * Suspens in the books only: cheque 1234 issued −800 not presented, deposit +1 200 not yet credited.
     * Suspens on the statement only: transfer from a customer +900 (→ 411), fees −60 incl. VAT 10 (→ 627 50 +
     * 44566 10), agios −35 (→ 661), direct debit −145 (→ 6061).
     * By hand: adjusted book = 12 500 + 900 − 60 − 35 − 145 = 13 160; adjusted bank = 12 760 + 1 200 − 800 = 13 160.
     * Balanced, difference 0.
     */
    @Test
    void textbook_etat_de_rapprochement() {
        List<BookEntry> book = List.of(
                e("B1", 5, "CHQ2001", "-300.00"),
                e("B2", 10, null, "450.00"),
                e("B3", 12, null, "100.00"),
                e("B4", 12, null, "250.00"),
                e("B5", 28, "1234", "-800.00"),
                e("B6", 30, null, "1200.00"));
        List<StatementLine> bank = List.of(
                l("S1", 8, "CHEQUE CHQ2001", null, "-300.00"),
                l("S2", 12, "VIR RECU", null, "450.00"),
                l("S3", 13, "REMISE CHEQUES", null, "350.00"),
                l("S4", 20, "VIR CLIENT DUPONT", "900.00", "411", null),
                l("S5", 31, "FRAIS TENUE COMPTE", "-60.00", "627", "10.00"),
                l("S6", 31, "AGIOS", "-35.00", "661", null),
                l("S7", 15, "PRLV EDF", "-145.00", "6061", null));
        Reconciliation r = new BankReconciler().reconcile(END, m("12500.00"), m("12760.00"), book, bank);

        assertThat(r.matches()).containsExactly(
                new Match(List.of("B1"), List.of("S1"), MatchRule.REFERENCE),
                new Match(List.of("B2"), List.of("S2"), MatchRule.AMOUNT_DATE),
                new Match(List.of("B3", "B4"), List.of("S3"), MatchRule.MANY_ENTRIES_TO_ONE_LINE));
        assertThat(r.unmatchedBookEntries()).extracting(BookEntry::id).containsExactly("B5", "B6");
        assertThat(r.unmatchedStatementLines()).extracting(StatementLine::id).containsExactly("S4", "S5", "S6", "S7");
        assertThat(r.adjustedBookBalance()).isEqualTo(m("13160.00"));
        assertThat(r.adjustedBankBalance()).isEqualTo(m("13160.00"));
        assertThat(r.balanced()).isTrue();
        assertThat(r.difference()).isEqualTo(Money.ZERO);
        assertThat(r.adjustingEntries()).hasSize(4);
        assertThat(r.adjustingEntries().get(0).lines()).containsExactly(
                new AdjustingEntry.Line("512", m("900.00"), Money.ZERO),
                new AdjustingEntry.Line("411", Money.ZERO, m("900.00")));
        assertThat(r.adjustingEntries().get(1).lines()).containsExactly(
                new AdjustingEntry.Line("627", m("50.00"), Money.ZERO),
                new AdjustingEntry.Line("44566", m("10.00"), Money.ZERO),
                new AdjustingEntry.Line("512", Money.ZERO, m("60.00")));
        assertThat(r.adjustingEntries().get(2).lines()).containsExactly(
                new AdjustingEntry.Line("661", m("35.00"), Money.ZERO),
                new AdjustingEntry.Line("512", Money.ZERO, m("35.00")));
        assertThat(r.adjustingEntries()).noneMatch(AdjustingEntry::suspense);
    }

    /** Overdraft: book −1 500 (credit 512), bank −1 620 (overdraft), agios −120 only at the bank. −1 500 − 120 = −1 620. */
    @Test
    void overdraft_case() {
        Reconciliation r = new BankReconciler().reconcile(END, m("-1500.00"), m("-1620.00"), List.of(),
                List.of(l("S1", 31, "AGIOS", "-120.00", "661", null)));
        assertThat(r.adjustedBookBalance()).isEqualTo(m("-1620.00"));
        assertThat(r.adjustedBankBalance()).isEqualTo(m("-1620.00"));
        assertThat(r.balanced()).isTrue();
    }

    @Test
    void zero_case() {
        Reconciliation r = new BankReconciler().reconcile(END, Money.ZERO, Money.ZERO, List.of(), List.of());
        assertThat(r.balanced()).isTrue();
        assertThat(r.difference()).isEqualTo(Money.ZERO);
        assertThat(r.matches()).isEmpty();
        assertThat(r.adjustingEntries()).isEmpty();
    }

    /**
     * Transposition (issue 13): F145 booked −145, the bank paid −154. Before issue 13 this was a near miss left in the
     * suspens (154 posted to 471, 145 "not presented"); it is now the same operation with an error: matched, with a
     * correcting entry of 9 (no counterpart given → 471). The difference stays the opening one (−9 here, as the
     * balances given are not opening + movements); the consistent case is below.
     */
    @Test
    void transposition_145_154_is_matched_with_a_correction() {
        Reconciliation r = new BankReconciler().reconcile(END, m("1000.00"), m("1000.00"),
                List.of(e("B1", 10, "F145", "-145.00")),
                List.of(l("S1", 11, "PRLV FOURNISSEUR F145", null, "-154.00")));
        assertThat(r.matches()).containsExactly(
                new Match(List.of("B1"), List.of("S1"), MatchRule.REFERENCE_WITH_CORRECTION, m("-9.00")));
        assertThat(r.nearMisses()).isEmpty();
        // adjusted book 1000 − 9 (the correction) = 991; adjusted bank 1000 (nothing left open)
        assertThat(r.adjustedBookBalance()).isEqualTo(m("991.00"));
        assertThat(r.difference()).isEqualTo(m("-9.00"));
        assertThat(r.balanced()).isFalse();
        assertThat(r.adjustingEntries().get(0).suspense()).isTrue();
        assertThat(r.adjustingEntries().get(0).lines().get(0).account()).isEqualTo("471");
    }

    @Test
    void ties_go_to_the_closest_date() {
        Reconciliation r = new BankReconciler().reconcile(END, Money.ZERO, Money.ZERO,
                List.of(e("FAR", 7, null, "99.00"), e("NEAR", 11, null, "99.00")),
                List.of(l("S1", 10, "X", null, "99.00")));
        assertThat(r.matches()).containsExactly(new Match(List.of("NEAR"), List.of("S1"), MatchRule.AMOUNT_DATE));
    }

    @Test
    void date_tolerance_is_configurable() {
        List<BookEntry> book = List.of(e("B1", 1, null, "10.00"));
        List<StatementLine> bank = List.of(l("S1", 7, "X", null, "10.00"));
        assertThat(new BankReconciler().reconcile(END, Money.ZERO, Money.ZERO, book, bank).matches()).isEmpty();
        assertThat(new BankReconciler(MatchingOptions.withTolerance(6))
                .reconcile(END, Money.ZERO, Money.ZERO, book, bank).matches()).hasSize(1);
    }

    @Test
    void several_lines_to_one_entry() {
        Reconciliation r = new BankReconciler().reconcile(END, Money.ZERO, Money.ZERO,
                List.of(e("B1", 10, null, "-500.00")),
                List.of(l("S1", 10, "A", null, "-200.00"), l("S2", 11, "B", null, "-300.00")));
        assertThat(r.matches()).containsExactly(
                new Match(List.of("B1"), List.of("S1", "S2"), MatchRule.MANY_LINES_TO_ONE_ENTRY));
    }

    @Test
    void duplicate_id_names_the_item() {
        assertThatThrownBy(() -> new BankReconciler().reconcile(END, Money.ZERO, Money.ZERO,
                List.of(e("B1", 1, null, "1.00"), e("B1", 2, null, "2.00")), List.of()))
                .isInstanceOf(DuplicateIdException.class)
                .extracting(x -> ((DuplicateIdException) x).field()).isEqualTo("bookEntries[1].id");
    }

    @Test
    void date_after_the_etat_is_out_of_range() {
        assertThatThrownBy(() -> new BankReconciler().reconcile(LocalDate.of(2026, 3, 15), Money.ZERO, Money.ZERO,
                List.of(), List.of(l("S1", 20, "X", null, "1.00"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(x -> ((InvalidInputException) x).field()).isEqualTo("statementLines[0].date");
    }
}
