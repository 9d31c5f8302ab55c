package fr.agora.application.port.in.shared;

/**
 * A value with the version of its stored row, for optimistic locking: the REST adapter sends it as an {@code ETag}
 * and a client sends it back in {@code If-Match}; a write whose expected version is stale is a conflict (409).
 */
public record Versioned<T>(T value, long version) {
}
