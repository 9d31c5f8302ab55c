package fr.agora.application.port.in.tutor;

import fr.agora.domain.tutor.TutorLink;

/** A new link and its secret, given once (only its hash is stored). */
public record IssuedTutorLink(TutorLink link, String token) {
}
