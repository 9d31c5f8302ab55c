package fr.agora.domain.shared;

import java.util.Map;

/** A value that breaks a domain invariant (negative quantity, too many decimals, date out of range …). */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String message) {
        super(Kind.INVALID_INPUT, "invalid-input", field, message);
    }

    public InvalidInputException(String problemType, String field, String message, Map<String, Object> details) {
        super(Kind.INVALID_INPUT, problemType, field, message, details);
    }

    /** Re-raises the same error with its field name prefixed, e.g. {@code amount} → {@code lines[3].amount}. */
    public InvalidInputException under(String prefix) {
        String f = field() == null ? prefix : prefix + "." + field();
        return new InvalidInputException(problemType(), f, getMessage(), details());
    }
}
