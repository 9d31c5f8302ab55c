package fr.agora.application.service.bank;

import fr.agora.application.port.in.bank.ReconcileBankCommand;
import fr.agora.application.port.in.bank.ReconcileBankUseCase;
import fr.agora.domain.bank.BankReconciler;
import fr.agora.domain.bank.Reconciliation;

public final class ReconcileBankService implements ReconcileBankUseCase {
    @Override
    public Reconciliation reconcile(ReconcileBankCommand c) {
        return new BankReconciler(c.options()).reconcile(c.date(), c.bookBalance(), c.bankBalance(),
                c.bookEntries(), c.statementLines());
    }
}
