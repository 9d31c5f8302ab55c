package fr.agora.application.port.in.stock;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.stock.StockLedger;
import fr.agora.domain.stock.StockLedgerRequest;

/** Input of {@link ComputeStockLedgerUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeStockLedgerCommand(StockLedgerRequest request) {
    public ComputeStockLedgerCommand {
        if (request == null) {
            throw new InvalidInputException("request", "is required");
        }
    }
}
