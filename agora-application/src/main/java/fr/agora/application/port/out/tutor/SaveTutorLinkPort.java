package fr.agora.application.port.out.tutor;

import fr.agora.domain.tutor.TutorLink;
import java.time.Instant;

/** Writes tutor links. */
public interface SaveTutorLinkPort {
    void insertLink(TutorLink link);

    void revokeLink(String id, Instant at);

    void recordSubmission(String id, Instant at, String appreciation);
}
