package fr.agora.application.port.in.tva;

import fr.agora.domain.tva.Ca3Return;

/** The 3310-CA3 of a period from its operations. */
public interface ComputeCa3UseCase {

    Ca3Return compute(ComputeCa3Command command);
}
