package fr.agora.application.port.in.establishment;

import fr.agora.domain.establishment.RegisteredEstablishment;

/** Reads one school: the platform operator reads any, a school admin its own; anyone else is refused. */
public interface GetEstablishmentUseCase {

    RegisteredEstablishment get(GetEstablishmentCommand command);
}
