package fr.agora.domain.evaluation;

import fr.agora.domain.shared.DomainException;
import java.util.Map;

/** The request conflicts with the current state: a stale version, an idempotency key reused with another payload. */
public class EvaluationConflictException extends DomainException {
    public EvaluationConflictException(String problemType, String field, String message, Map<String, Object> details) {
        super(Kind.CONFLICT, problemType, field, message, details);
    }
}
