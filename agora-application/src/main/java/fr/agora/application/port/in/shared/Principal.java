package fr.agora.application.port.in.shared;

/**
 * Who an authenticated request acts for: a school's client ({@link Caller}: one school, one role) or the platform
 * operator ({@link PlatformOperator}: no school at all). Sealed, so a use case that accepts either says so, and every
 * school use case, which takes a {@link Caller}, cannot be handed the operator.
 */
public sealed interface Principal permits Caller, PlatformOperator {
}
