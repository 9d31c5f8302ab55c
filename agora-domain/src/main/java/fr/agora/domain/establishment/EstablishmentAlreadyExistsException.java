package fr.agora.domain.establishment;

import fr.agora.domain.shared.ConflictException;
import fr.agora.domain.shared.Uai;
import java.util.Map;

/** A school with this UAI is already registered (409 {@code establishment-exists}); it is never overwritten. */
public class EstablishmentAlreadyExistsException extends ConflictException {

    public EstablishmentAlreadyExistsException(Uai uai) {
        super("establishment-exists", "uai", "establishment " + uai.value() + " is already registered", Map.of("uai", uai.value()));
    }
}
