package fr.agora.application.port.in.receivables;

import fr.agora.domain.receivables.OpenItem;
import fr.agora.domain.receivables.PenaltyTerms;
import fr.agora.domain.receivables.ReminderPolicy;
import fr.agora.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;

/** Input of {@link AgeReceivablesUseCase}: no policy means the default stages, no terms the legal penalty rate. */
public record AgeReceivablesCommand(LocalDate date, List<OpenItem> items, ReminderPolicy policy, PenaltyTerms terms) {
    public AgeReceivablesCommand {
        if (date == null) {
            throw new InvalidInputException("date", "is required");
        }
        items = items == null ? List.of() : List.copyOf(items);
        policy = policy == null ? ReminderPolicy.defaults() : policy;
        terms = terms == null ? PenaltyTerms.legalDefault() : terms;
    }

    public AgeReceivablesCommand(LocalDate date, List<OpenItem> items, ReminderPolicy policy) {
        this(date, items, policy, null);
    }
}
