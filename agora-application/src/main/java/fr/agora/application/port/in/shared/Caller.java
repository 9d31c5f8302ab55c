package fr.agora.application.port.in.shared;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Sha256;
import fr.agora.domain.shared.Uai;
import java.util.Objects;

/**
 * The authenticated client of a school endpoint: its school, its role, its subject (a teacher's or tutor's e-mail, an
 * ENT client id) and its {@code clientId}, the credential it authenticated with ({@code key:<API key id>}, the same
 * for the key and every access token exchanged for it; {@code link:<id>} for a tutor link). Built by the inbound
 * adapter from the credentials, never from the request body. Idempotency keys are scoped to the {@code clientId}.
 */
public record Caller(Uai uai, Role role, String subject, String clientId) implements Principal {

    public enum Role { ENT_INTEGRATION, TEACHER, TUTOR, SCHOOL_ADMIN }

    /** The column that scopes idempotency records ({@code eval_idempotency.client_id}). */
    public static final int MAX_CLIENT_ID = 64;

    public Caller {
        Objects.requireNonNull(uai, "uai");
        Objects.requireNonNull(role, "role");
        if (subject == null || subject.isBlank()) throw new InvalidInputException("subject", "caller subject is required");
        if (clientId == null || clientId.isBlank() || clientId.length() > MAX_CLIENT_ID) {
            throw new IllegalArgumentException("clientId must be 1–" + MAX_CLIENT_ID + " characters");
        }
    }

    /**
     * A caller without a credential of its own (the demo seeder, server-side jobs, tests): identified by its role and
     * subject, digested to fit the column.
     */
    public Caller(Uai uai, Role role, String subject) {
        this(uai, role, subject, subjectClient(role, subject));
    }

    /** The caller of an API key (or of an access token exchanged for it): one identity per key. */
    public static Caller ofApiKey(Uai uai, Role role, String subject, String keyId) {
        return new Caller(uai, role, subject, "key:" + keyId);
    }

    private static String subjectClient(Role role, String subject) {
        return subject == null || role == null ? null : "subject:" + Sha256.hex(role.name() + "\n" + subject).substring(0, 32);
    }

    /** Teachers and school admins see proposed CCF marks; tutors and ENT clients (which serve students) never do. */
    public boolean mayReadProposedMarks() {
        return role == Role.TEACHER || role == Role.SCHOOL_ADMIN;
    }
}
