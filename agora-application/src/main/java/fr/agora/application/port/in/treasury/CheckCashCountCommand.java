package fr.agora.application.port.in.treasury;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.treasury.CashCount;
import java.util.List;

/** Input of {@link CheckCashCountUseCase}; refuses to exist without its data (the domain types check the rest). */
public record CheckCashCountCommand(Money bookBalance, List<CashCount.Denomination> denominations, Money countedAmount) {
    public CheckCashCountCommand {
        if (bookBalance == null) {
            throw new InvalidInputException("bookBalance", "is required");
        }
        denominations = denominations == null ? null : List.copyOf(denominations);
    }
}
