package fr.agora.application.service.badge;

import fr.agora.application.port.in.badge.GetBadgeCommand;
import fr.agora.application.port.in.badge.GetBadgeUseCase;
import fr.agora.application.port.out.badge.BadgeStorePort;
import fr.agora.domain.badge.IssuedBadge;

/** Reads a badge's record; the signed credential itself is not kept (it was handed over at the issue). */
public final class GetBadgeService implements GetBadgeUseCase {

    private final BadgeStorePort store;

    public GetBadgeService(BadgeStorePort store) {
        this.store = store;
    }

    @Override
    public IssuedBadge badge(GetBadgeCommand c) {
        IssueBadgeService.requireTeacherOrAdmin(c.caller());
        return IssuedBadges.find(store, c.caller(), c.badgeId());
    }
}
