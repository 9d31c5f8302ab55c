package fr.agora.application.port.in.badge;

import fr.agora.domain.badge.IssuedBadge;

/**
 * Issues an Open Badges 3.0 credential for a competency the student has reached (proficient under the school's
 * policy, vouched for by a teacher), signed with the school's key. Teachers and school admins only (403 otherwise);
 * 422 when the competency is not reached or not validated.
 */
public interface IssueBadgeUseCase {

    /** The record kept and the signed credential (a compact VC-JWT) handed to the student. */
    record Issued(IssuedBadge badge, String credentialJwt) {
    }

    Issued issue(IssueBadgeCommand command);
}
