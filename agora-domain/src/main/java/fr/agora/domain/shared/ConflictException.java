package fr.agora.domain.shared;

import java.util.Map;

/** The request conflicts with the current state: a stale version, an idempotency key reused with another payload. */
public class ConflictException extends DomainException {
    public ConflictException(String problemType, String field, String message, Map<String, Object> details) {
        super(Kind.CONFLICT, problemType, field, message, details);
    }
}
