package fr.agora.application.service.establishment;

import fr.agora.application.port.in.establishment.ListEstablishmentsCommand;
import fr.agora.application.port.in.establishment.ListEstablishmentsUseCase;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.out.establishment.LoadRegisteredEstablishmentsPort;
import fr.agora.domain.establishment.RegisteredEstablishment;

/** Lists the schools by UAI (platform operator). */
public final class ListEstablishmentsService implements ListEstablishmentsUseCase {

    private final LoadRegisteredEstablishmentsPort load;

    public ListEstablishmentsService(LoadRegisteredEstablishmentsPort load) {
        this.load = load;
    }

    @Override
    public Page<RegisteredEstablishment> list(ListEstablishmentsCommand c) {
        OperatorOnly.require(c.principal());
        Page.check(c.page(), c.size());
        return new Page<>(load.listEstablishments(c.page() * c.size(), c.size()), c.page(), c.size(), load.countEstablishments());
    }
}
