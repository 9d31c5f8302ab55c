package fr.agora.application.port.in.shared;

/**
 * The platform operator: creates, lists, disables and enables schools, and nothing else. Not a {@link Caller} role on
 * purpose: a caller always belongs to one school and every school use case trusts {@code caller.uai()} for tenancy,
 * so an operator role would need a fake school; as a type of its own it can never be passed to a use case that reads
 * pupils' data.
 */
public record PlatformOperator(String subject) implements Principal {

    public static final PlatformOperator CONFIGURED = new PlatformOperator("platform-operator");

    public PlatformOperator {
        if (subject == null || subject.isBlank()) throw new IllegalArgumentException("subject is required");
    }
}
