package fr.agora.application.port.in.establishment;

import fr.agora.application.port.in.shared.Page;
import fr.agora.domain.establishment.RegisteredEstablishment;

/** The platform operator lists the schools, by UAI, one page at a time. */
public interface ListEstablishmentsUseCase {

    Page<RegisteredEstablishment> list(ListEstablishmentsCommand command);
}
