package fr.agora.application.service.stock;

import fr.agora.application.port.in.stock.PlanReplenishmentCommand;
import fr.agora.application.port.in.stock.PlanReplenishmentUseCase;
import fr.agora.domain.stock.Replenishment;

/** Reorder point, whether to order now, and Wilson's economic order quantity. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class PlanReplenishmentService implements PlanReplenishmentUseCase {

    @Override
    public Replenishment.Result plan(PlanReplenishmentCommand command) {
        return Replenishment.compute(command.request());
    }
}
