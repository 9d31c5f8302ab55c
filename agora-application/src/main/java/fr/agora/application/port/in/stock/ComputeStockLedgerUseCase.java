package fr.agora.application.port.in.stock;

import fr.agora.domain.stock.StockLedger;

/** Computes a fiche de stock (CMUP after each receipt, CMUP of the period, FIFO). */
public interface ComputeStockLedgerUseCase {
    StockLedger compute(ComputeStockLedgerCommand command);
}
