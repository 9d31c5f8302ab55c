package fr.agora.application.port.in.finance;

import fr.agora.domain.finance.IntermediateBalances;
import fr.agora.domain.shared.InvalidInputException;

/** Input of {@link ComputeIntermediateBalancesUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeIntermediateBalancesCommand(IntermediateBalances.IncomeStatement incomeStatement) {
    public ComputeIntermediateBalancesCommand {
        if (incomeStatement == null) {
            throw new InvalidInputException("incomeStatement", "is required");
        }
    }
}
