package fr.agora.application.service.treasury;

import fr.agora.application.port.in.treasury.ComputeSelfFinancingCapacityCommand;
import fr.agora.application.port.in.treasury.ComputeSelfFinancingCapacityUseCase;
import fr.agora.domain.treasury.SelfFinancingCapacity;

/** Capacité d'autofinancement from the net result (additive method). Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeSelfFinancingCapacityService implements ComputeSelfFinancingCapacityUseCase {

    @Override
    public SelfFinancingCapacity.Result compute(ComputeSelfFinancingCapacityCommand command) {
        return SelfFinancingCapacity.compute(command.input());
    }
}
