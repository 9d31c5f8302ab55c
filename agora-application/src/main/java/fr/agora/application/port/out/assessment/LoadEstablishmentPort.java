package fr.agora.application.port.out.assessment;

import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.shared.Uai;
import java.util.Optional;

/** Reads a school (tenant). */
public interface LoadEstablishmentPort {
    Optional<Establishment> loadEstablishment(Uai uai);
}
