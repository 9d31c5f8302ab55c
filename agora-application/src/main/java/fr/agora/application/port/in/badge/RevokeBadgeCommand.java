package fr.agora.application.port.in.badge;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** Revoke one issued badge of the caller's school: its bit in the status list flips to 1. */
public record RevokeBadgeCommand(Caller caller, String badgeId) {
    public RevokeBadgeCommand {
        Objects.requireNonNull(caller, "caller");
        if (badgeId == null || badgeId.isBlank()) throw new InvalidInputException("badgeId", "badgeId is required");
    }
}
