package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A movement of the bank account 512 in the books: amount positive = debit 512 (money in), negative = credit.
 * {@code counterpartAccount} (optional) is the other account of the entry, e.g. 401 for a supplier paid by cheque:
 * a statement line whose counterpart contradicts it is never matched automatically.
 */
public record BookEntry(String id, LocalDate date, String label, String reference, Money amount,
                        String counterpartAccount) {
    public BookEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        label = label == null ? "" : label;
    }

    public BookEntry(String id, LocalDate date, String label, String reference, Money amount) {
        this(id, date, label, reference, amount, null);
    }
}
