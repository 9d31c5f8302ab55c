package fr.agora.application.port.in.travel;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.travel.ExpenseCategory;
import fr.agora.domain.travel.ExpenseItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An expense claim dated {@code date} (whose URSSAF limits apply), optionally with the trip's forecast per category. */
public record CheckExpenseClaimCommand(LocalDate date, List<ExpenseItem> items, Map<ExpenseCategory, Money> forecast) {

    public CheckExpenseClaimCommand {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        items = items == null ? List.of() : List.copyOf(items);
        forecast = forecast == null ? Map.of() : Map.copyOf(forecast);
    }
}
