package fr.agora.application.port.in.finance;

import fr.agora.domain.finance.FinancialRatios;
import fr.agora.domain.shared.InvalidInputException;

/** Input of {@link ComputeFinancialRatiosUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeFinancialRatiosCommand(FinancialRatios.Input input) {
    public ComputeFinancialRatiosCommand {
        if (input == null) {
            throw new InvalidInputException("input", "is required");
        }
    }
}
