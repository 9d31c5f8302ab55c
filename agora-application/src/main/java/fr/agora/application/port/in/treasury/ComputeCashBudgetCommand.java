package fr.agora.application.port.in.treasury;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.treasury.CashBudget;
import java.util.List;

/** Input of {@link ComputeCashBudgetUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeCashBudgetCommand(Money openingBalance, List<CashBudget.Month> months) {
    public ComputeCashBudgetCommand {
        if (openingBalance == null) {
            throw new InvalidInputException("openingBalance", "is required");
        }
        if (months == null) {
            throw new InvalidInputException("months", "is required");
        }
        months = months == null ? null : List.copyOf(months);
    }
}
