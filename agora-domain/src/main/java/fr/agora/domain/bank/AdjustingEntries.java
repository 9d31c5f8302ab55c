package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;

/** The écritures de régularisation: what the books must record for a line only the bank shows. */
final class AdjustingEntries {
    private AdjustingEntries() {
    }

    /**
     * Money in: D 512 / C counterpart. Money out: D counterpart (net of VAT), D 44566 (VAT) / C 512. No counterpart
     * given: the suspense account 471, flagged.
     */
    static AdjustingEntry forUnrecordedLine(StatementLine l) {
        boolean suspense = l.counterpartAccount() == null || l.counterpartAccount().isBlank();
        String account = suspense ? BankAccounts.SUSPENSE : l.counterpartAccount();
        Money amount = l.amount().abs();
        List<AdjustingEntry.Line> out = new ArrayList<>();
        if (l.amount().isPositive()) {
            out.add(new AdjustingEntry.Line(BankAccounts.BANK, amount, Money.ZERO));
            out.add(new AdjustingEntry.Line(account, Money.ZERO, amount));
        } else {
            Money vat = l.vatAmount() == null ? Money.ZERO : l.vatAmount().abs();
            out.add(new AdjustingEntry.Line(account, amount.minus(vat), Money.ZERO));
            if (vat.isPositive()) {
                out.add(new AdjustingEntry.Line(BankAccounts.DEDUCTIBLE_VAT, vat, Money.ZERO));
            }
            out.add(new AdjustingEntry.Line(BankAccounts.BANK, Money.ZERO, amount));
        }
        return new AdjustingEntry(l.id(), l.label(), out, suspense);
    }
}
