package fr.agora.domain.badge;

import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The record the school keeps of a credential it issued: who, which competency (and its CASE item), the position of
 * its revocation bit in the school's status list, and when it was revoked ({@code null} while valid). The signed
 * credential itself is handed to the student and not kept: it can be verified without asking the school anything
 * but the key and the status list.
 */
public record IssuedBadge(UUID id, Uai uai, String studentId, String referentielId, String competencyCode,
                          UUID caseItemId, int statusIndex, Instant issuedAt, String issuedBy, Instant revokedAt) {

    public IssuedBadge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uai, "uai");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(referentielId, "referentielId");
        Objects.requireNonNull(competencyCode, "competencyCode");
        Objects.requireNonNull(caseItemId, "caseItemId");
        StatusList.checkIndex(statusIndex);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(issuedBy, "issuedBy");
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public IssuedBadge revokedAt(Instant when) {
        return new IssuedBadge(id, uai, studentId, referentielId, competencyCode, caseItemId, statusIndex, issuedAt,
                issuedBy, when);
    }
}
