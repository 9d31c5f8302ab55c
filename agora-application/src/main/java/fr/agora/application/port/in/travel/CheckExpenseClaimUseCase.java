package fr.agora.application.port.in.travel;

import fr.agora.domain.travel.ExpenseClaim;

/** Splits an expense claim into the part exempt under the URSSAF limits and the part re-integrated; trip variance. */
public interface CheckExpenseClaimUseCase {

    ExpenseClaim check(CheckExpenseClaimCommand command);
}
