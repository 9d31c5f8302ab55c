package fr.agora.application.service.badge;

import fr.agora.application.port.in.badge.RevokeBadgeCommand;
import fr.agora.application.port.in.badge.RevokeBadgeUseCase;
import fr.agora.application.port.out.badge.BadgeStorePort;
import fr.agora.domain.badge.IssuedBadge;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;

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
        UUID id;
        try {
            id = UUID.fromString(c.badgeId().trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("badgeId", "badgeId must be a UUID");
        }
        store.loadBadge(c.caller().uai(), id).orElseThrow(() -> new NotFoundException("badge-not-found", "badge", c.badgeId()));
        return store.markRevoked(c.caller().uai(), id, clock.instant());
    }
}
