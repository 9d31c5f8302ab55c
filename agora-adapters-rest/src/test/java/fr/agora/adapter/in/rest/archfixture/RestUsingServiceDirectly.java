package fr.agora.adapter.in.rest.archfixture;

import fr.agora.application.service.archfixture.FixtureService;

/** Deliberate violation (test fixture): a REST class calling a service instead of an in-port. */
public class RestUsingServiceDirectly {
    void call(FixtureService service) {
        service.run();
    }
}
