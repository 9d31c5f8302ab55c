package fr.agora.domain.finance;

import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.Money;
import java.util.Map;

/** Total emplois ≠ total ressources, so FRNG − BFR ≠ trésorerie nette: the balance sheet given is not balanced. */
public class UnbalancedBalanceSheetException extends DomainException {

    public UnbalancedBalanceSheetException(Money totalUses, Money totalResources) {
        super(Kind.RULE_VIOLATION, "unbalanced-balance-sheet", null,
                "total emplois " + totalUses + " ≠ total ressources " + totalResources
                        + ": FRNG − BFR = trésorerie nette cannot hold",
                Map.of("totalUses", totalUses.amount().toPlainString(),
                        "totalResources", totalResources.amount().toPlainString(),
                        "difference", totalUses.minus(totalResources).amount().toPlainString()));
    }
}
