package fr.agora.application.port.in.finance;

import fr.agora.domain.finance.IntermediateBalances;

/** The soldes intermédiaires de gestion of an income statement. */
public interface ComputeIntermediateBalancesUseCase {
    IntermediateBalances.Result compute(ComputeIntermediateBalancesCommand command);
}
