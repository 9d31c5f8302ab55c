package fr.agora.domain.evaluation;

import fr.agora.domain.shared.DomainException;
import java.util.Map;

/** Well-formed but refused by a rule: a tutor evaluating a student not placed with them, a role not allowed to act. */
public class EvaluationRuleViolationException extends DomainException {
    public EvaluationRuleViolationException(String problemType, String field, String message) {
        super(Kind.RULE_VIOLATION, problemType, field, message, Map.of());
    }
}
