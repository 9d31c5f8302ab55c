package fr.agora.domain.lettrage;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A line of a third-party account (411…, 401…): either a debit or a credit, never both. */
public record LettrageLine(String id, LocalDate date, String label, String reference, Money debit, Money credit) {
    public LettrageLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        debit = debit == null ? Money.ZERO : debit;
        credit = credit == null ? Money.ZERO : credit;
        label = label == null ? "" : label;
    }

    /** Debit − credit, in cents. */
    public long balanceCents() {
        return debit.cents() - credit.cents();
    }
}
