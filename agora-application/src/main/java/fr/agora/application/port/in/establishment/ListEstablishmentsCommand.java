package fr.agora.application.port.in.establishment;

import fr.agora.application.port.in.shared.Principal;
import java.util.Objects;

/** One page of the schools (platform operator only). */
public record ListEstablishmentsCommand(Principal principal, int page, int size) {
    public ListEstablishmentsCommand {
        Objects.requireNonNull(principal, "principal");
    }
}
