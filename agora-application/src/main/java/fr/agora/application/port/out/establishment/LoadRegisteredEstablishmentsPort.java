package fr.agora.application.port.out.establishment;

import fr.agora.domain.establishment.RegisteredEstablishment;
import fr.agora.domain.shared.Uai;
import java.util.List;
import java.util.Optional;

/** Reads the registered schools: one by UAI, or a page of them ordered by UAI. */
public interface LoadRegisteredEstablishmentsPort {

    Optional<RegisteredEstablishment> findEstablishment(Uai uai);

    List<RegisteredEstablishment> listEstablishments(int offset, int limit);

    long countEstablishments();
}
