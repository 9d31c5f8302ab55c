package fr.agora.application.port.in.establishment;

import fr.agora.application.port.in.shared.Principal;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Uai;
import java.util.Objects;

/** Create the school {@code uai} named {@code name} (platform operator only). */
public record CreateEstablishmentCommand(Principal principal, Uai uai, String name) {
    public CreateEstablishmentCommand {
        Objects.requireNonNull(principal, "principal");
        if (uai == null) throw new InvalidInputException("uai", "uai is required");
        if (name == null || name.isBlank()) throw new InvalidInputException("name", "name is required");
    }
}
