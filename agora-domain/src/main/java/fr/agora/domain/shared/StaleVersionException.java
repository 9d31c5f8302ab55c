package fr.agora.domain.shared;

import java.util.Map;

/**
 * An optimistically locked write found its row at another version than the one the caller read (409
 * {@code stale-version}, with {@code currentVersion}). The field is the command's {@code expectedVersion}; an adapter
 * that carries it elsewhere (the REST adapter: the {@code If-Match} header) names it its own way.
 */
public class StaleVersionException extends ConflictException {
    public StaleVersionException(String what, long expected, long current) {
        super("stale-version", "expectedVersion", "the " + what + " is at version " + current + ", not " + expected
                + ": read it again and reapply your change", Map.of("currentVersion", current));
    }
}
