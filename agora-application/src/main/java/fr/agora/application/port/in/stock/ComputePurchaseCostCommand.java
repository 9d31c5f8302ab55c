package fr.agora.application.port.in.stock;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.stock.PurchaseCost;

/** Input of {@link ComputePurchaseCostUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputePurchaseCostCommand(PurchaseCost.Request request) {
    public ComputePurchaseCostCommand {
        if (request == null) {
            throw new InvalidInputException("request", "is required");
        }
    }
}
