package fr.agora.application.port.in.establishment;

import fr.agora.domain.establishment.RegisteredEstablishment;

/**
 * The platform operator disables a school (its keys and access tokens are refused from the next request on, on every
 * instance, since authentication reads the status with the key) or enables it again. Both are idempotent; the data
 * are kept either way.
 */
public interface ChangeEstablishmentStatusUseCase {

    RegisteredEstablishment change(ChangeEstablishmentStatusCommand command);
}
