package fr.agora.application.port.out.assessment;

import fr.agora.domain.assessment.Establishment;

/** Creates or updates a school (tenant). */
public interface SaveEstablishmentPort {
    void saveEstablishment(Establishment establishment);
}
