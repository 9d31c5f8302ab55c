package fr.agora.application.port.in.stock;

import fr.agora.domain.stock.Replenishment;

/** Reorder point, whether to order now, and Wilson's economic order quantity. */
public interface PlanReplenishmentUseCase {
    Replenishment.Result plan(PlanReplenishmentCommand command);
}
