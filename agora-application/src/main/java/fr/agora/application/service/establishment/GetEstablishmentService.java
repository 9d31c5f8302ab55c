package fr.agora.application.service.establishment;

import fr.agora.application.port.in.establishment.GetEstablishmentCommand;
import fr.agora.application.port.in.establishment.GetEstablishmentUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.establishment.LoadRegisteredEstablishmentsPort;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.establishment.RegisteredEstablishment;
import fr.agora.domain.shared.NotFoundException;

/** Reads one school: any for the platform operator, its own for a school admin (another school: 404, as if absent). */
public final class GetEstablishmentService implements GetEstablishmentUseCase {

    private final LoadRegisteredEstablishmentsPort load;

    public GetEstablishmentService(LoadRegisteredEstablishmentsPort load) {
        this.load = load;
    }

    @Override
    public RegisteredEstablishment get(GetEstablishmentCommand c) {
        if (c.principal() instanceof Caller caller) {
            if (!caller.uai().equals(c.uai())) throw notFound(c);
            Roles.require(caller, Caller.Role.SCHOOL_ADMIN);
        }
        return load.findEstablishment(c.uai()).orElseThrow(() -> notFound(c));
    }

    private static NotFoundException notFound(GetEstablishmentCommand c) {
        return new NotFoundException("establishment-not-found", "Establishment", c.uai().value());
    }
}
