package fr.agora.application.port.in.badge;

import fr.agora.domain.badge.IssuedBadge;

/** Revokes a badge (teachers and school admins); revoking twice is harmless and keeps the first date. */
public interface RevokeBadgeUseCase {

    IssuedBadge revoke(RevokeBadgeCommand command);
}
