package fr.agora.application.port.in.badge;

import fr.agora.domain.badge.IssuedBadge;

/** The record of an issued badge (teachers and school admins): who, which competency, when, revoked or not. */
public interface GetBadgeUseCase {

    IssuedBadge badge(GetBadgeCommand command);
}
