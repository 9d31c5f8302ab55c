package fr.agora.application.service.shared;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.ForbiddenException;
import java.util.Arrays;

/** The role check every school use case starts with: an authenticated caller whose role may not act is a 403. */
public final class Roles {

    private Roles() {
    }

    /** Refuses a caller whose role is not among those allowed (403 {@code role-not-allowed}). */
    public static void require(Caller caller, Caller.Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(r -> r == caller.role())) {
            throw new ForbiddenException("role-not-allowed", "role",
                    "role " + caller.role() + " may not do this; allowed: " + Arrays.toString(allowed));
        }
    }
}
