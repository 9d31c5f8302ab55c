package fr.agora.application.port.out.badge;

import fr.agora.domain.badge.IssuedBadge;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The badges a school issued, and their revocation bits. */
public interface BadgeStorePort {

    /** The next free index of the school's status list. */
    int nextStatusIndex(Uai uai);

    void saveBadge(IssuedBadge badge);

    Optional<IssuedBadge> loadBadge(Uai uai, UUID id);

    /** Sets {@code revokedAt} if not set yet; the stored badge after the call. */
    IssuedBadge markRevoked(Uai uai, UUID id, Instant when);

    List<Integer> revokedStatusIndexes(Uai uai);
}
