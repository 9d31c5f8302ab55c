package fr.agora.adapter.in.rest.tutor;

import fr.agora.adapter.in.rest.tutor.TutorDtos.TutorLinkResponse;
import fr.agora.domain.tutor.TutorLink;
import java.time.Instant;

/** Domain → DTO, hand-written like the school features' mappers (ids, enums and the state flattened to strings). */
public final class TutorRestMapper {

    private TutorRestMapper() {
    }

    public static TutorLinkResponse link(TutorLink l, Instant now, String url, String token) {
        return new TutorLinkResponse(l.id(), l.studentId().value(), l.period().name(), l.tutorEmail(), l.createdAt(), l.expiresAt(),
                l.state(now).name(), l.revokedAt(), l.submittedAt(), l.appreciation(), url, token);
    }
}
