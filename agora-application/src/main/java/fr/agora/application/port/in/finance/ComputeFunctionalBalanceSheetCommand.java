package fr.agora.application.port.in.finance;

import fr.agora.domain.finance.FunctionalBalanceSheet;
import fr.agora.domain.shared.InvalidInputException;

/** Input of {@link ComputeFunctionalBalanceSheetUseCase}; refuses to exist without its data (the domain types check the rest). */
public record ComputeFunctionalBalanceSheetCommand(FunctionalBalanceSheet.Input input) {
    public ComputeFunctionalBalanceSheetCommand {
        if (input == null) {
            throw new InvalidInputException("input", "is required");
        }
    }
}
