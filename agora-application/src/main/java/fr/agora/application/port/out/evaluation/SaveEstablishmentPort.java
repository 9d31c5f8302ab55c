package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.Establishment;

/** Creates or updates a school (tenant). */
public interface SaveEstablishmentPort {
    void saveEstablishment(Establishment establishment);
}
