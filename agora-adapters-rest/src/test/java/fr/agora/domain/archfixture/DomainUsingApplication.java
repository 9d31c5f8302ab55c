package fr.agora.domain.archfixture;

import fr.agora.application.archfixture.PlainApplicationClass;

/** Deliberate violation (test fixture): the domain reaching outward into the application layer. */
public class DomainUsingApplication {
    public Object outward() {
        return new PlainApplicationClass();
    }
}
