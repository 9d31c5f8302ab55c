package fr.agora.application.port.in.stock;

import fr.agora.domain.stock.StockRotation;

/** Stock rotation: average stock, turnover and days. */
public interface ComputeStockRotationUseCase {
    StockRotation.Result compute(ComputeStockRotationCommand command);
}
