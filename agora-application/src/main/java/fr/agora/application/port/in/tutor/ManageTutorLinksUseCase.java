package fr.agora.application.port.in.tutor;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.domain.tutor.TutorLink;

/**
 * The school's side of tutor links (teachers and school admins): create one for a placement (404 without one), list a
 * student's links with their state and the tutor's appreciation, revoke one.
 */
public interface ManageTutorLinksUseCase {
    IssuedTutorLink create(CreateTutorLinkCommand command);

    /** One page of the student's links, oldest first. */
    Page<TutorLink> links(Caller caller, String studentId, int page, int size);

    TutorLink revoke(Caller caller, String studentId, String linkId);
}
