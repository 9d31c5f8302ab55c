package fr.agora.application.port.in.tutor;

import fr.agora.application.port.in.shared.Caller;
import java.util.Objects;

/** A link for the tutor of one student's placement in one period, valid {@code validDays} days. */
public record CreateTutorLinkCommand(Caller caller, String studentId, String period, int validDays) {
    public CreateTutorLinkCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
