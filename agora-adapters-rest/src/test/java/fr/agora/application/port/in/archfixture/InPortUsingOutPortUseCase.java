package fr.agora.application.port.in.archfixture;

import fr.agora.application.port.out.archfixture.BadlyNamedOutContract;

/** Deliberate violation (test fixture): an in-port that depends on an out-port. */
public interface InPortUsingOutPortUseCase {
    BadlyNamedOutContract leak();
}
