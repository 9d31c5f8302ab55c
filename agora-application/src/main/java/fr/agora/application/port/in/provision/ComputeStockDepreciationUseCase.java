package fr.agora.application.port.in.provision;

import fr.agora.domain.provision.StockDepreciation;

/** Dépréciation of stocks with the 6817 / 39x and 39x / 7817 entries. */
public interface ComputeStockDepreciationUseCase {
    StockDepreciation.Result compute(ComputeStockDepreciationCommand command);
}
