package fr.agora.application.service.finance;

import fr.agora.application.port.in.finance.ComputeFinancialRatiosCommand;
import fr.agora.application.port.in.finance.ComputeFinancialRatiosUseCase;
import fr.agora.domain.finance.FinancialRatios;

/** Liquidity, solvency, profitability ratios and payment days. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeFinancialRatiosService implements ComputeFinancialRatiosUseCase {

    @Override
    public FinancialRatios.Result compute(ComputeFinancialRatiosCommand command) {
        return FinancialRatios.compute(command.input());
    }
}
