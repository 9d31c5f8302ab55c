package fr.agora.application.port.in.finance;

import fr.agora.domain.finance.FinancialRatios;

/** Liquidity, solvency, profitability ratios and payment days. */
public interface ComputeFinancialRatiosUseCase {
    FinancialRatios.Result compute(ComputeFinancialRatiosCommand command);
}
