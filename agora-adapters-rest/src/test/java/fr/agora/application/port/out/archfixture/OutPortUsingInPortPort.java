package fr.agora.application.port.out.archfixture;

import fr.agora.application.port.in.archfixture.BadlyNamedInPort;

/** Deliberate violation (test fixture): an out-port that depends on an in-port. */
public interface OutPortUsingInPortPort {
    BadlyNamedInPort leak();
}
