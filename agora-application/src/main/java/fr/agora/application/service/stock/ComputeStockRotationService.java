package fr.agora.application.service.stock;

import fr.agora.application.port.in.stock.ComputeStockRotationCommand;
import fr.agora.application.port.in.stock.ComputeStockRotationUseCase;
import fr.agora.domain.stock.StockRotation;

/** Stock rotation: average stock, turnover and days. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeStockRotationService implements ComputeStockRotationUseCase {

    @Override
    public StockRotation.Result compute(ComputeStockRotationCommand command) {
        return StockRotation.compute(command.request());
    }
}
