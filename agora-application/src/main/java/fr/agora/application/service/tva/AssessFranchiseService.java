package fr.agora.application.service.tva;

import fr.agora.application.port.in.tva.AssessFranchiseCommand;
import fr.agora.application.port.in.tva.AssessFranchiseUseCase;
import fr.agora.domain.tva.Franchise;

public final class AssessFranchiseService implements AssessFranchiseUseCase {

    private final Franchise franchise = new Franchise();

    @Override
    public Franchise.Assessment assess(AssessFranchiseCommand c) {
        return franchise.assess(c.activity(), c.date(), c.previousYearTurnover(), c.currentYearTurnover());
    }
}
