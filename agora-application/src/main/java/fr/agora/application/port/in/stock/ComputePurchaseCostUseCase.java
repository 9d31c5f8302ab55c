package fr.agora.application.port.in.stock;

import fr.agora.domain.stock.PurchaseCost;

/** Computes the coût d'achat of a receipt (net price after reductions + incidental costs). */
public interface ComputePurchaseCostUseCase {
    PurchaseCost.Result compute(ComputePurchaseCostCommand command);
}
