package fr.agora.application.service.provision;

import fr.agora.application.port.in.provision.ComputeStockDepreciationCommand;
import fr.agora.application.port.in.provision.ComputeStockDepreciationUseCase;
import fr.agora.domain.provision.StockDepreciation;

/** Dépréciation of stocks with the 6817 / 39x and 39x / 7817 entries. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeStockDepreciationService implements ComputeStockDepreciationUseCase {

    @Override
    public StockDepreciation.Result compute(ComputeStockDepreciationCommand command) {
        return StockDepreciation.compute(command.items());
    }
}
