package fr.agora.domain.travel;

import fr.agora.domain.budget.BudgetVariance;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A checked expense claim: what was paid, the part exempt from contributions and the part re-integrated in the
 * contribution base (paid = exempt + reintegrated, per line and in total), the limits' source, and, when a forecast
 * was given, the trip's variance per category and in total.
 */
public record ExpenseClaim(Money paid, Money exempt, Money reintegrated, List<Line> items, List<BudgetVariance> variances,
        String source) {

    public ExpenseClaim {
        items = List.copyOf(items);
        variances = List.copyOf(variances);
    }

    /** One checked line; {@code limitPerUnit} is null for an expense reimbursed on receipts. */
    public record Line(ExpenseType type, ExpenseCategory category, int quantity, Money amountPerUnit, BigDecimal limitPerUnit,
            Money paid, Money exempt, Money reintegrated) {
    }
}
