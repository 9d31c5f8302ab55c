package fr.agora.domain.depreciation;

import fr.agora.domain.shared.DomainException;
import java.util.Map;

/** The dégressif is refused: a useful life under 3 years, or a date before the coefficients' table. */
public class NotEligibleForDecliningBalanceException extends DomainException {

    public NotEligibleForDecliningBalanceException(String field, String reason, Map<String, Object> details) {
        super(Kind.RULE_VIOLATION, "not-eligible-for-declining-balance", field, reason, details);
    }
}
