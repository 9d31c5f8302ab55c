package fr.agora.application.service.finance;

import fr.agora.application.port.in.finance.ComputeIntermediateBalancesCommand;
import fr.agora.application.port.in.finance.ComputeIntermediateBalancesUseCase;
import fr.agora.domain.finance.IntermediateBalances;

/** The soldes intermédiaires de gestion of an income statement. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeIntermediateBalancesService implements ComputeIntermediateBalancesUseCase {

    @Override
    public IntermediateBalances.Result compute(ComputeIntermediateBalancesCommand command) {
        return IntermediateBalances.compute(command.incomeStatement());
    }
}
