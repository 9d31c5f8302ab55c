package fr.agora.domain.receivables;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/** An open receivable (unlettered 411 debit, net of partial payments) of a customer, due at {@code dueDate}. */
public record OpenItem(String id, String customer, LocalDate dueDate, Money amount) {
    public OpenItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
    }
}
