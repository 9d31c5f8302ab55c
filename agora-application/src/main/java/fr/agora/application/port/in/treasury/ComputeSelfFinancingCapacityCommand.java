package fr.agora.application.port.in.treasury;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.treasury.SelfFinancingCapacity;

/** Input of {@link ComputeSelfFinancingCapacityUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeSelfFinancingCapacityCommand(SelfFinancingCapacity.Input input) {
    public ComputeSelfFinancingCapacityCommand {
        if (input == null) {
            throw new InvalidInputException("input", "is required");
        }
    }
}
