package fr.agora.application.service.archfixture;

import fr.agora.application.port.in.archfixture.InPortUsingOutPortUseCase;

/** Deliberate violation (test fixture): a class implementing a use case but not named …Service. */
public class Helper implements InPortUsingOutPortUseCase {
    @Override
    public fr.agora.application.port.out.archfixture.BadlyNamedOutContract leak() {
        return null;
    }
}
