package fr.agora.application.port.in.stock;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.stock.Replenishment;

/** Input of {@link PlanReplenishmentUseCase}; refuses to exist without its data (the domain types check the rest). */
public record PlanReplenishmentCommand(Replenishment.Request request) {
    public PlanReplenishmentCommand {
        if (request == null) {
            throw new InvalidInputException("request", "is required");
        }
    }
}
