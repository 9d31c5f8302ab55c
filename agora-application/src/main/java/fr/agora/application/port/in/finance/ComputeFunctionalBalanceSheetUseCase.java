package fr.agora.application.port.in.finance;

import fr.agora.domain.finance.FunctionalBalanceSheet;

/** The bilan fonctionnel: FRNG, BFR, trésorerie nette, with FRNG − BFR = TN checked. */
public interface ComputeFunctionalBalanceSheetUseCase {
    FunctionalBalanceSheet.Result compute(ComputeFunctionalBalanceSheetCommand command);
}
