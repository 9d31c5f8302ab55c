package fr.agora.application.port.in.shared;

import fr.agora.domain.shared.Uai;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * The authenticated client of a school endpoint: its school, its role and its subject (a teacher's or tutor's
 * e-mail, an ENT client id). Built by the inbound adapter from the credentials, never from the request body.
 */
public record Caller(Uai uai, Role role, String subject) implements Principal {

    public enum Role { ENT_INTEGRATION, TEACHER, TUTOR, SCHOOL_ADMIN }

    public Caller {
        Objects.requireNonNull(uai, "uai");
        Objects.requireNonNull(role, "role");
        if (subject == null || subject.isBlank()) throw new InvalidInputException("subject", "caller subject is required");
    }

    /** Teachers and school admins see proposed CCF marks; tutors and ENT clients (which serve students) never do. */
    public boolean mayReadProposedMarks() {
        return role == Role.TEACHER || role == Role.SCHOOL_ADMIN;
    }
}
