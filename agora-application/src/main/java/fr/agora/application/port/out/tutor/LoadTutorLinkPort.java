package fr.agora.application.port.out.tutor;

import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import fr.agora.domain.tutor.TutorLink;
import java.util.List;
import java.util.Optional;

/** Reads tutor links: by the hash of their secret (any school: the secret is the credential), or a student's, within a school. */
public interface LoadTutorLinkPort {
    Optional<TutorLink> loadByTokenHash(String tokenHash);

    List<TutorLink> loadLinksOfStudent(Uai uai, StudentId studentId);

    /** One page of a student's links, oldest first (created, then id): a link is created per placement and per renewal, so the list grows. */
    List<TutorLink> listLinksOfStudent(Uai uai, StudentId studentId, int offset, int limit);

    long countLinksOfStudent(Uai uai, StudentId studentId);
}
