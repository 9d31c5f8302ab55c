package fr.agora.domain.bank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: a textbook état de rapprochement recomputed by hand (../shared/RULES-REFERENCE.md §3.1: each side
 * corrected by what only the other shows; the books record what only the bank shows).
 */
class BankHandCheckedTest {

    static Money m(String s) {
        return Money.of(s);
    }

    static LocalDate d(int day) {
        return LocalDate.of(2026, 3, day);
    }

    /**
     * Books 5 000.00 (debit of 512), statement 4 420.00 (credit at the bank) on 31/03.
     * Only in the books: cheque n° 201 to a supplier −450.00 not presented, remittance of cheques +1 200.00 of 31/03.
     * Only on the statement: bank fees −30.00 (627), URSSAF direct debit −800.00 (431), customer transfer +1 000.00
     * (411). Matched: cheque n° 200 −300.00 on both sides.
     * Adjusted books: 5 000 − 30 − 800 + 1 000 = 5 170; adjusted bank: 4 420 − 450 + 1 200 = 5 170 → balanced.
     * Entries: D 627 30 / C 512 30; D 431 800 / C 512 800; D 512 1 000 / C 411 1 000.
     */
    @Test
    void textbook_etat_de_rapprochement() {
        Reconciliation r = new BankReconciler().reconcile(d(31), m("5000.00"), m("4420.00"),
                List.of(new BookEntry("B1", d(3), "Chèque 200 fournisseur", "CHQ200", m("-300.00"), "401"),
                        new BookEntry("B2", d(28), "Chèque 201 fournisseur", "CHQ201", m("-450.00"), "401"),
                        new BookEntry("B3", d(31), "Remise de chèques", "REM31", m("1200.00"), "411")),
                List.of(new StatementLine("S1", d(6), "CHEQUE CHQ200", null, m("-300.00")),
                        new StatementLine("S2", d(30), "FRAIS TENUE DE COMPTE", null, m("-30.00"), "627", null),
                        new StatementLine("S3", d(15), "PRLV URSSAF", null, m("-800.00"), "431", null),
                        new StatementLine("S4", d(20), "VIR CLIENT MARTIN", null, m("1000.00"), "411", null)));
        assertThat(r.matches()).singleElement().satisfies(x -> {
            assertThat(x.bookEntryIds()).containsExactly("B1");
            assertThat(x.statementLineIds()).containsExactly("S1");
        });
        assertThat(r.unmatchedBookEntries()).extracting(BookEntry::id).containsExactlyInAnyOrder("B2", "B3");
        assertThat(r.unmatchedStatementLines()).extracting(StatementLine::id).containsExactlyInAnyOrder("S2", "S3", "S4");
        assertThat(r.adjustedBookBalance()).isEqualTo(m("5170.00"));
        assertThat(r.adjustedBankBalance()).isEqualTo(m("5170.00"));
        assertThat(r.balanced()).isTrue();
        assertThat(r.adjustingEntries()).flatExtracting(AdjustingEntry::lines).containsExactlyInAnyOrder(
                AdjustingEntry.Line.debit("627", m("30.00")), AdjustingEntry.Line.credit("512", m("30.00")),
                AdjustingEntry.Line.debit("431", m("800.00")), AdjustingEntry.Line.credit("512", m("800.00")),
                AdjustingEntry.Line.debit("512", m("1000.00")), AdjustingEntry.Line.credit("411", m("1000.00")));
    }

    /** Nothing on either side: balanced at the opening figures, no entry. */
    @Test
    void empty_period() {
        Reconciliation r = new BankReconciler().reconcile(d(31), m("250.00"), m("250.00"), List.of(), List.of());
        assertThat(r.balanced()).isTrue();
        assertThat(r.adjustingEntries()).isEmpty();
        assertThat(r.difference()).isEqualTo(Money.ZERO);
    }

    /** Books 100, bank 90 and nothing explains it: not balanced, the difference of 10 is shown. */
    @Test
    void an_unexplained_difference_is_reported() {
        Reconciliation r = new BankReconciler().reconcile(d(31), m("100.00"), m("90.00"), List.of(), List.of());
        assertThat(r.balanced()).isFalse();
        assertThat(r.difference().abs()).isEqualTo(m("10.00"));
    }
}
