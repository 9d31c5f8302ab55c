package fr.agora.application.port.in.treasury;

import fr.agora.domain.treasury.CashCount;

/** Contrôle de caisse: the count against the brouillard, the difference booked to 658 / 758. */
public interface CheckCashCountUseCase {
    CashCount.Result check(CheckCashCountCommand command);
}
