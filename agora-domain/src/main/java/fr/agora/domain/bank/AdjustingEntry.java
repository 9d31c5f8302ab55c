package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.util.List;

/**
 * An écriture de régularisation in the books: for a line only the bank shows ({@link Reason#UNRECORDED_STATEMENT_LINE}),
 * or for the difference of a transposition ({@link Reason#AMOUNT_ERROR_CORRECTION}, {@code bookEntryId} then names the
 * entry booked with the wrong amount). {@code suspense} is true when no counterpart was known and the amount waits in
 * the suspense account 471.
 */
public record AdjustingEntry(String statementLineId, String bookEntryId, String label, List<Line> lines,
                             boolean suspense, Reason reason) {
    public AdjustingEntry {
        lines = List.copyOf(lines);
    }

    public AdjustingEntry(String statementLineId, String label, List<Line> lines, boolean suspense) {
        this(statementLineId, null, label, lines, suspense, Reason.UNRECORDED_STATEMENT_LINE);
    }

    public enum Reason {
        UNRECORDED_STATEMENT_LINE,
        AMOUNT_ERROR_CORRECTION
    }

    /** One line of the entry: exactly one of debit and credit is positive, the other side is zero (empty). */
    public record Line(String account, Money debit, Money credit) {
        public Line {
            if (debit.isNegative() || credit.isNegative() || debit.isPositive() == credit.isPositive()) {
                throw new IllegalArgumentException("an entry line has one positive side: " + debit + " / " + credit);
            }
        }

        public static Line debit(String account, Money amount) {
            return new Line(account, amount, Money.ZERO);
        }

        public static Line credit(String account, Money amount) {
            return new Line(account, Money.ZERO, amount);
        }
    }
}
