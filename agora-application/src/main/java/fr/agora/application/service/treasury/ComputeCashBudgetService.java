package fr.agora.application.service.treasury;

import fr.agora.application.port.in.treasury.ComputeCashBudgetCommand;
import fr.agora.application.port.in.treasury.ComputeCashBudgetUseCase;
import fr.agora.domain.treasury.CashBudget;

/** Computes a monthly cash budget with its negative-month alerts and financing need. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeCashBudgetService implements ComputeCashBudgetUseCase {

    @Override
    public CashBudget.Result compute(ComputeCashBudgetCommand command) {
        return CashBudget.compute(command.openingBalance(), command.months());
    }
}
