package fr.agora.application.port.out.assessment;

import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Remembers, per school, caller and client-supplied key, the fingerprint of a write request and the ids it produced
 * (docs/idempotency.md). {@link #remember} is called in the transaction of the write it describes; an entry created
 * before the window's start is expired: never returned, and replaced by the next write of its key.
 */
public interface IdempotencyPort {

    /** Whose key it is: the school, the caller's credential ({@code Caller.clientId}) and the key as sent. */
    record Scope(Uai uai, String clientId, String key) {
        public Scope {
            Objects.requireNonNull(uai, "uai");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(key, "key");
        }
    }

    record Entry(String fingerprint, List<String> resultIds, Instant createdAt) {
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            resultIds = List.copyOf(resultIds);
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** The entry of this scope created at or after {@code notBefore}; an older one is expired, as if absent. */
    java.util.Optional<Entry> find(Scope scope, Instant notBefore);

    /**
     * Stores the entry, linked to the {@code students} its write touched so that erasing one of them deletes it
     * ({@code EraseStudentPort}); first deletes this caller's entries created before {@code notBefore}. An unexpired
     * entry of the same scope stored meanwhile by another transaction is a
     * {@link fr.agora.domain.shared.ConflictException} {@code idempotency-key-in-use} (the database's key decides).
     */
    void remember(Scope scope, Entry entry, Set<StudentId> students, Instant notBefore);
}
