package fr.agora.application.port.in.receivables;

import fr.agora.domain.receivables.OpenItem;
import fr.agora.domain.receivables.ReminderPolicy;
import fr.agora.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;

public record AgeReceivablesCommand(LocalDate date, List<OpenItem> items, ReminderPolicy policy) {
    public AgeReceivablesCommand {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        items = items == null ? List.of() : List.copyOf(items);
        policy = policy == null ? ReminderPolicy.defaults() : policy;
    }
}
