package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;

/** The écritures de régularisation: what the books must record after the pointage. */
final class AdjustingEntries {
    private AdjustingEntries() {
    }

    /**
     * A line only the bank shows. Money in: D 512 / C counterpart. Money out: D counterpart (net of VAT), D 44566
     * (VAT) / C 512. No counterpart given: the suspense account 471, flagged. A zero line needs no entry line.
     */
    static AdjustingEntry forUnrecordedLine(StatementLine l) {
        boolean suspense = blank(l.counterpartAccount());
        String account = suspense ? BankAccounts.SUSPENSE : l.counterpartAccount().trim();
        Money amount = l.amount().abs();
        List<AdjustingEntry.Line> out = new ArrayList<>();
        if (l.amount().isPositive()) {
            out.add(AdjustingEntry.Line.debit(BankAccounts.BANK, amount));
            out.add(AdjustingEntry.Line.credit(account, amount));
        } else if (l.amount().isNegative()) {
            Money vat = l.vatAmount() == null ? Money.ZERO : l.vatAmount().abs();
            if (amount.minus(vat).isPositive()) {
                out.add(AdjustingEntry.Line.debit(account, amount.minus(vat)));
            }
            if (vat.isPositive()) {
                out.add(AdjustingEntry.Line.debit(BankAccounts.DEDUCTIBLE_VAT, vat));
            }
            out.add(AdjustingEntry.Line.credit(BankAccounts.BANK, amount));
        }
        return new AdjustingEntry(l.id(), l.label(), out, suspense);
    }

    /**
     * A transposition: the bank's figure is the operation's (the cheque was paid as written), so the books record the
     * difference, against the counterpart of the line, else of the entry, else 471. More paid out than booked
     * (145 booked, 154 debited): D counterpart 9 / C 512 9; more received than booked: D 512 / C counterpart.
     */
    static AdjustingEntry forCorrection(BookEntry booked, StatementLine actual) {
        String given = !blank(actual.counterpartAccount()) ? actual.counterpartAccount()
                : !blank(booked.counterpartAccount()) ? booked.counterpartAccount() : null;
        String account = given == null ? BankAccounts.SUSPENSE : given.trim();
        Money diff = actual.amount().minus(booked.amount());
        List<AdjustingEntry.Line> out = diff.isPositive()
                ? List.of(AdjustingEntry.Line.debit(BankAccounts.BANK, diff), AdjustingEntry.Line.credit(account, diff))
                : List.of(AdjustingEntry.Line.debit(account, diff.abs()),
                        AdjustingEntry.Line.credit(BankAccounts.BANK, diff.abs()));
        String label = "Correction " + (booked.reference() == null ? booked.id() : booked.reference().trim())
                + ": booked " + booked.amount() + ", bank " + actual.amount();
        return new AdjustingEntry(actual.id(), booked.id(), label, out, given == null,
                AdjustingEntry.Reason.AMOUNT_ERROR_CORRECTION);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
