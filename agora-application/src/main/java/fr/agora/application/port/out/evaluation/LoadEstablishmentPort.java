package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.Establishment;
import fr.agora.domain.evaluation.Uai;
import java.util.Optional;

/** Reads a school (tenant). */
public interface LoadEstablishmentPort {
    Optional<Establishment> loadEstablishment(Uai uai);
}
