package fr.agora.adapter.out.persistence.archfixture;

import fr.agora.adapter.in.rest.archfixture.RestUsingPersistence;
import fr.agora.application.service.archfixture.FixtureService;

/** Deliberate violation (test fixture): the persistence adapter depending on REST and on a service. */
public class PersistenceUsingRest {
    RestUsingPersistence other;
    FixtureService service;
}
