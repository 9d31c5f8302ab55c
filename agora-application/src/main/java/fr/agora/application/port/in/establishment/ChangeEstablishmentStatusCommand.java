package fr.agora.application.port.in.establishment;

import fr.agora.application.port.in.shared.Principal;
import fr.agora.domain.shared.Uai;
import java.util.Objects;

/** Disable ({@code enabled} false) or enable the school {@code uai} (platform operator only). */
public record ChangeEstablishmentStatusCommand(Principal principal, Uai uai, boolean enabled) {
    public ChangeEstablishmentStatusCommand {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(uai, "uai");
    }
}
