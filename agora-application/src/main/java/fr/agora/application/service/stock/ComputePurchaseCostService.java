package fr.agora.application.service.stock;

import fr.agora.application.port.in.stock.ComputePurchaseCostCommand;
import fr.agora.application.port.in.stock.ComputePurchaseCostUseCase;
import fr.agora.domain.stock.PurchaseCost;

/** Computes the coût d'achat of a receipt (net price after reductions + incidental costs). Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputePurchaseCostService implements ComputePurchaseCostUseCase {

    @Override
    public PurchaseCost.Result compute(ComputePurchaseCostCommand command) {
        return PurchaseCost.compute(command.request());
    }
}
