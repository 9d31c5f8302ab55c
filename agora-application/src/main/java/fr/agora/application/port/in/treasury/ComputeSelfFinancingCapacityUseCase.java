package fr.agora.application.port.in.treasury;

import fr.agora.domain.treasury.SelfFinancingCapacity;

/** Capacité d'autofinancement from the net result (additive method). */
public interface ComputeSelfFinancingCapacityUseCase {
    SelfFinancingCapacity.Result compute(ComputeSelfFinancingCapacityCommand command);
}
