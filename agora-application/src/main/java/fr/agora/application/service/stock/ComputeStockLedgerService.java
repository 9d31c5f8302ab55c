package fr.agora.application.service.stock;

import fr.agora.application.port.in.stock.ComputeStockLedgerCommand;
import fr.agora.application.port.in.stock.ComputeStockLedgerUseCase;
import fr.agora.domain.stock.StockLedger;
import fr.agora.domain.stock.StockLedgerCalculator;

/** Computes a fiche de stock (CMUP after each receipt, CMUP of the period, FIFO). Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeStockLedgerService implements ComputeStockLedgerUseCase {

    private final StockLedgerCalculator calculator = new StockLedgerCalculator();

    @Override
    public StockLedger compute(ComputeStockLedgerCommand command) {
        return calculator.compute(command.request());
    }
}
