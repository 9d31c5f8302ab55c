package fr.agora.application.port.in.establishment;

import fr.agora.application.port.in.shared.Principal;
import fr.agora.domain.shared.Uai;
import java.util.Objects;

/** Read the school {@code uai}. */
public record GetEstablishmentCommand(Principal principal, Uai uai) {
    public GetEstablishmentCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(uai, "uai");
    }
}
