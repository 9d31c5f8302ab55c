package fr.agora.application.port.in.provision;

import fr.agora.domain.provision.StockDepreciation;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;

/** Input of {@link ComputeStockDepreciationUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeStockDepreciationCommand(List<StockDepreciation.Item> items) {
    public ComputeStockDepreciationCommand {
        if (items == null) {
            throw new InvalidInputException("items", "is required");
        }
        items = items == null ? null : List.copyOf(items);
    }
}
