package fr.agora.domain.travel;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;

/** A line of an expense claim: so many meals or nights (or one receipt) at an amount per unit. */
public record ExpenseItem(ExpenseType type, int quantity, Money amountPerUnit) {

    public ExpenseItem {
        if (type == null) {
            throw new InvalidInputException("type", "an expense type is required");
        }
        if (quantity < 1 || quantity > 1000) {
            throw new InvalidInputException("quantity", "must be between 1 and 1000");
        }
        if (amountPerUnit == null || amountPerUnit.isNegative()) {
            throw new InvalidInputException("amountPerUnit", "must be zero or more");
        }
    }

    Money paid() {
        return amountPerUnit.times(BigDecimal.valueOf(quantity), Money.HALF_UP);
    }
}
