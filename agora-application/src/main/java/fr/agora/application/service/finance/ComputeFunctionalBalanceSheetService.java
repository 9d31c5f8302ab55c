package fr.agora.application.service.finance;

import fr.agora.application.port.in.finance.ComputeFunctionalBalanceSheetCommand;
import fr.agora.application.port.in.finance.ComputeFunctionalBalanceSheetUseCase;
import fr.agora.domain.finance.FunctionalBalanceSheet;

/** The bilan fonctionnel: FRNG, BFR, trésorerie nette, with FRNG − BFR = TN checked. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeFunctionalBalanceSheetService implements ComputeFunctionalBalanceSheetUseCase {

    @Override
    public FunctionalBalanceSheet.Result compute(ComputeFunctionalBalanceSheetCommand command) {
        return FunctionalBalanceSheet.compute(command.input());
    }
}
