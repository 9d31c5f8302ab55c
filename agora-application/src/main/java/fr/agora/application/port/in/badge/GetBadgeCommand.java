package fr.agora.application.port.in.badge;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** Read one issued badge of the caller's school (the resource a badge issue's {@code Location} names). */
public record GetBadgeCommand(Caller caller, String badgeId) {
    public GetBadgeCommand {
        Objects.requireNonNull(caller, "caller");
        if (badgeId == null || badgeId.isBlank()) throw new InvalidInputException("badgeId", "badgeId is required");
    }
}
