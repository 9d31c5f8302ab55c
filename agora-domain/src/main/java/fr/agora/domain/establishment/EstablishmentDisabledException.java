package fr.agora.domain.establishment;

import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.shared.Uai;

/**
 * A genuine credential of a school the platform operator has disabled (403 {@code establishment-disabled}): not a 401,
 * because presenting the credential again cannot help; the school must ask the operator to enable it.
 */
public class EstablishmentDisabledException extends ForbiddenException {

    private final Uai uai;

    public EstablishmentDisabledException(Uai uai) {
        super("establishment-disabled", "uai", "establishment " + uai.value() + " is disabled by the platform operator");
        this.uai = uai;
    }

    public Uai uai() {
        return uai;
    }
}
