package fr.agora.domain.tutor;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Uai;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A tutor's personal link to fill one student's evaluation for one period: a bearer secret whose SHA-256 only is
 * stored, valid until {@code expiresAt} unless revoked. It carries what the tutor submitted last (the overall
 * appreciation and when).
 */
public record TutorLink(String id, Uai uai, StudentId studentId, PeriodCode period, String tutorEmail, String tokenHash,
                        Instant createdAt, Instant expiresAt, String createdBy, Instant revokedAt, Instant submittedAt,
                        String appreciation) {

    /** A link lives at most this long: long enough for a period and its evaluation, short enough for a secret. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(90);

    public enum State { ACTIVE, EXPIRED, REVOKED }

    public TutorLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uai, "uai");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(tutorEmail, "tutorEmail");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (!expiresAt.isAfter(createdAt)) throw new InvalidInputException("validDays", "the link must expire after it is created");
        if (Duration.between(createdAt, expiresAt).compareTo(MAX_LIFETIME) > 0) {
            throw new InvalidInputException("validDays", "a tutor link lives at most " + MAX_LIFETIME.toDays() + " days");
        }
        if (appreciation != null && appreciation.length() > 2000) throw new InvalidInputException("appreciation", "appreciation is longer than 2000 characters");
    }

    /** Revoked wins over expired: the school's decision is what the tutor is told. */
    public State state(Instant now) {
        if (revokedAt != null) return State.REVOKED;
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }
}
