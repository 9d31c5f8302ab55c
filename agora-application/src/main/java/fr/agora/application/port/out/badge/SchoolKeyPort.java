package fr.agora.application.port.out.badge;

import fr.agora.domain.badge.SchoolSigningKey;
import fr.agora.domain.shared.Uai;
import java.util.Optional;

/** Each school's credential-signing key. */
public interface SchoolKeyPort {

    Optional<SchoolSigningKey> loadKey(Uai uai);

    /** Stores the key unless the school has one already; answers the school's key (the first one wins a race). */
    SchoolSigningKey saveKeyIfAbsent(SchoolSigningKey key);
}
