package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A movement of the bank account 512 in the books: amount positive = debit 512 (money in), negative = credit. */
public record BookEntry(String id, LocalDate date, String label, String reference, Money amount) {
    public BookEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        label = label == null ? "" : label;
    }
}
