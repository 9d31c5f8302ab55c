package fr.agora.domain.shared;

import java.util.Map;
import java.util.Objects;

/**
 * Base of every typed domain error. It carries data, not prose only: a stable {@link #problemType() problem type}
 * (a slug that the REST adapter turns into an RFC 9457 {@code type} URI), the {@link #kind() kind} that decides
 * the HTTP status, the offending {@link #field() field} when there is one, and any further details.
 *
 * <p>Subclasses are small and specific ({@code UnknownVatRateException}, {@code UnknownCompetencyException} …)
 * so that a Java caller can catch exactly what it can handle.
 */
public abstract class DomainException extends RuntimeException {

    /** What went wrong, from the caller's point of view; the REST adapter maps each kind to one status. */
    public enum Kind {
        /** The input is malformed or out of range: 400. */
        INVALID_INPUT,
        /** The thing named does not exist (or is not visible to the caller): 404. */
        NOT_FOUND,
        /** The request conflicts with the current state (concurrent edit, duplicate): 409. */
        CONFLICT,
        /** The input is well formed but a business rule refuses it: 422. */
        RULE_VIOLATION,
        /** The caller is known but its role may not do this: 403. */
        FORBIDDEN
    }

    private final Kind kind;
    private final String problemType;
    private final String field;
    private final Map<String, Object> details;

    protected DomainException(Kind kind, String problemType, String field, String message, Map<String, Object> details) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.problemType = Objects.requireNonNull(problemType, "problemType");
        this.field = field;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    protected DomainException(Kind kind, String problemType, String field, String message) {
        this(kind, problemType, field, message, Map.of());
    }

    public Kind kind() {
        return kind;
    }

    /** A stable slug such as {@code unknown-vat-rate}; never changes once published. */
    public String problemType() {
        return problemType;
    }

    /** The offending input field as the caller named it (e.g. {@code lines[2].vatRate}), or {@code null}. */
    public String field() {
        return field;
    }

    public Map<String, Object> details() {
        return details;
    }
}
