package fr.agora.application.port.in.bank;

import fr.agora.domain.bank.Reconciliation;

/** Matches a bank statement against the 512 book entries and draws up the état de rapprochement. */
public interface ReconcileBankUseCase {
    Reconciliation reconcile(ReconcileBankCommand command);
}
