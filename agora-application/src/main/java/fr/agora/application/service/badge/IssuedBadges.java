package fr.agora.application.service.badge;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.badge.BadgeStorePort;
import fr.agora.domain.badge.IssuedBadge;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import java.util.UUID;

/** One issued badge of the caller's school by its id: 400 when the id is not a UUID, 404 when unknown there. */
final class IssuedBadges {

    private IssuedBadges() {
    }

    static IssuedBadge find(BadgeStorePort store, Caller caller, String badgeId) {
        UUID id;
        try {
            id = UUID.fromString(badgeId.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("badgeId", "badgeId must be a UUID");
        }
        return store.loadBadge(caller.uai(), id).orElseThrow(() -> new NotFoundException("badge-not-found", "badge", badgeId));
    }
}
