package fr.agora.application.service.treasury;

import fr.agora.application.port.in.treasury.CheckCashCountCommand;
import fr.agora.application.port.in.treasury.CheckCashCountUseCase;
import fr.agora.domain.treasury.CashCount;

/** Contrôle de caisse: the count against the brouillard, the difference booked to 658 / 758. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class CheckCashCountService implements CheckCashCountUseCase {

    @Override
    public CashCount.Result check(CheckCashCountCommand command) {
        return CashCount.check(command.bookBalance(), command.denominations(), command.countedAmount());
    }
}
