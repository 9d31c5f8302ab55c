package fr.agora.adapter.in.rest.archfixture;

import fr.agora.adapter.out.persistence.archfixture.PersistenceUsingRest;

/** Deliberate violation (test fixture): one adapter depending on the other. */
public class RestUsingPersistence {
    PersistenceUsingRest other;
}
