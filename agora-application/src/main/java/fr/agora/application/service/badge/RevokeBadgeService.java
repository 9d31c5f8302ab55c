package fr.agora.application.service.badge;

import fr.agora.application.port.in.badge.RevokeBadgeCommand;
import fr.agora.application.port.in.badge.RevokeBadgeUseCase;
import fr.agora.application.port.out.badge.BadgeStorePort;
import fr.agora.domain.badge.IssuedBadge;
import java.time.Clock;

/** Flips a badge's status bit; the signed status list served from then on says it is revoked. */
public final class RevokeBadgeService implements RevokeBadgeUseCase {

    private final BadgeStorePort store;
    private final Clock clock;

    public RevokeBadgeService(BadgeStorePort store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public IssuedBadge revoke(RevokeBadgeCommand c) {
        IssueBadgeService.requireTeacherOrAdmin(c.caller());
        IssuedBadge badge = IssuedBadges.find(store, c.caller(), c.badgeId());
        return store.markRevoked(c.caller().uai(), badge.id(), clock.instant());
    }
}
