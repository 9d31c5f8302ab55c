package fr.agora.application.port.in.badge;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * Issue the badge of one competency to one student. {@code issuerBaseUrl} is the public root the API is reached at
 * ({@code https://agora.example}): the issuer profile, the status list and the key set live under it.
 */
public record IssueBadgeCommand(Caller caller, String studentId, String competency, String issuerBaseUrl) {
    public IssueBadgeCommand {
        Objects.requireNonNull(caller, "caller");
        if (studentId == null || studentId.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
        if (competency == null || competency.isBlank()) throw new InvalidInputException("competency", "competency is required");
        BadgeUrls.requireBase(issuerBaseUrl);
    }
}
