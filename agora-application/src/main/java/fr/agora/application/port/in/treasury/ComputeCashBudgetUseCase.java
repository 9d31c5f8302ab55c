package fr.agora.application.port.in.treasury;

import fr.agora.domain.treasury.CashBudget;

/** Computes a monthly cash budget with its negative-month alerts and financing need. */
public interface ComputeCashBudgetUseCase {
    CashBudget.Result compute(ComputeCashBudgetCommand command);
}
