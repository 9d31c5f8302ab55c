package fr.agora.application.service.travel;

import fr.agora.application.port.in.travel.CheckExpenseClaimCommand;
import fr.agora.application.port.in.travel.CheckExpenseClaimUseCase;
import fr.agora.domain.travel.ExpenseClaim;
import fr.agora.domain.travel.ExpenseClaimChecker;
import fr.agora.domain.travel.UrssafAllowanceTable;

public final class CheckExpenseClaimService implements CheckExpenseClaimUseCase {

    private final ExpenseClaimChecker checker;

    public CheckExpenseClaimService(UrssafAllowanceTable limits) {
        this.checker = new ExpenseClaimChecker(limits);
    }

    @Override
    public ExpenseClaim check(CheckExpenseClaimCommand c) {
        return checker.check(c.date(), c.items(), c.forecast());
    }
}
