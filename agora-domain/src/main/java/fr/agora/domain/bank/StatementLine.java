package fr.agora.domain.bank;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A line of the bank statement (relevé), seen from the company: positive = money in (credit at the bank).
 * {@code counterpartAccount} and {@code vatAmount} (deductible VAT on fees) are used only for adjusting entries.
 */
public record StatementLine(String id, LocalDate date, String label, String reference, Money amount,
                            String counterpartAccount, Money vatAmount) {
    public StatementLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        label = label == null ? "" : label;
    }

    public StatementLine(String id, LocalDate date, String label, String reference, Money amount) {
        this(id, date, label, reference, amount, null, null);
    }
}
