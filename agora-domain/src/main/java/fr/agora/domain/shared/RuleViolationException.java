package fr.agora.domain.shared;

import java.util.Map;

/** Well-formed but refused by a rule: a tutor evaluating a student not placed with them, a role not allowed to act. */
public class RuleViolationException extends DomainException {
    public RuleViolationException(String problemType, String field, String message) {
        super(Kind.RULE_VIOLATION, problemType, field, message, Map.of());
    }
}
