package fr.agora.adapter.in.rest.archfixture;

import fr.agora.application.port.out.archfixture.FixtureLoadPort;

/** Deliberate violation (test fixture): an inbound adapter implementing an out-port (the old framework detour). */
public class RestImplementingOutPort implements FixtureLoadPort {
    @Override
    public String load(String id) {
        return id;
    }
}
