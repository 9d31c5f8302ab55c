package fr.agora.application.port.in.stock;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.stock.StockRotation;

/** Input of {@link ComputeStockRotationUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeStockRotationCommand(StockRotation.Request request) {
    public ComputeStockRotationCommand {
        if (request == null) {
            throw new InvalidInputException("request", "is required");
        }
    }
}
