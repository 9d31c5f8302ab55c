package fr.agora.domain.badge;

import fr.agora.domain.interop.casev1p1.CaseExporter;
import fr.agora.domain.interop.casev1p1.NameBasedUuid;
import fr.agora.domain.shared.Uai;
import java.util.UUID;

/** Identifiers a badge shares with the other exports, so that a consumer can join them. */
public final class BadgeIds {

    /** {@code uuid5(NAMESPACE_URL, "urn:agora:badge-subject")}: namespace of the learners' opaque ids. */
    static final UUID SUBJECT_NAMESPACE = NameBasedUuid.v5(NameBasedUuid.NAMESPACE_URL, "urn:agora:badge-subject");

    private BadgeIds() {
    }

    /** The CFItem identifier the CASE export gives this competency: {@code uuid5(namespace(ref), "CFItem:competence:<code>")}. */
    public static UUID caseItemId(String referentielId, String competencyCode) {
        return NameBasedUuid.v5(CaseExporter.namespace(referentielId), "CFItem:competence:" + competencyCode);
    }

    /** The learner as the credential names them: stable per school and student, and telling nothing about them. */
    public static String subjectId(Uai uai, String studentId) {
        return "urn:uuid:" + NameBasedUuid.v5(SUBJECT_NAMESPACE, uai.value() + ":" + studentId);
    }
}
