package fr.agora.domain.shared;

import java.util.Objects;

/**
 * One line of a journal entry (PCG account, label, debit or credit at the cent). Used by the year-end entries of the
 * finance rules (6811 / 28…, 6817 / 491, 658 / 758 …).
 */
public record EntryLine(String account, String label, Money debit, Money credit) {

    public EntryLine {
        Objects.requireNonNull(account, "account");
        debit = debit == null ? Money.ZERO : debit;
        credit = credit == null ? Money.ZERO : credit;
    }

    public static EntryLine debit(String account, String label, Money amount) {
        return new EntryLine(account, label, amount, Money.ZERO);
    }

    public static EntryLine credit(String account, String label, Money amount) {
        return new EntryLine(account, label, Money.ZERO, amount);
    }
}
