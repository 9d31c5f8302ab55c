package fr.agora.domain.badge;

import java.time.Instant;
import java.util.Objects;

/**
 * The content of an Open Badges 3.0 {@code OpenBadgeCredential}, format-free: the adapter that signs it writes the
 * JSON-LD (contexts, types) and the VC-JWT. Every id is an absolute URI.
 *
 * @param id          the credential's id ({@code urn:uuid:…})
 * @param subjectId   the learner, as an opaque URI (never a name or an INE)
 * @param achievement what was reached, aligned to the competency's CASE item
 * @param status      where the revocation bit lives
 */
public record BadgeCredential(String id, Issuer issuer, Instant validFrom, String subjectId, Achievement achievement,
                              Status status) {

    public BadgeCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(status, "status");
    }

    /** The issuer's profile: the school. */
    public record Issuer(String id, String name) {
    }

    public record Achievement(String id, String name, String description, String criteria, Alignment alignment) {
    }

    /** The CASE item the achievement is aligned to ({@code targetType} CFItem). */
    public record Alignment(String targetUrl, String targetName, String targetCode, String targetFramework) {
    }

    /** A {@code BitstringStatusListEntry} with purpose {@code revocation}. */
    public record Status(String listCredential, int index) {
        public Status {
            StatusList.checkIndex(index);
        }
    }
}
