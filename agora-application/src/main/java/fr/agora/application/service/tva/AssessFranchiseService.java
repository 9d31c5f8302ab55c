package fr.agora.application.service.tva;

import fr.agora.application.port.in.tva.AssessFranchiseUseCase;
import fr.agora.domain.tva.Franchise;

public class AssessFranchiseService implements AssessFranchiseUseCase {

    private final Franchise franchise = new Franchise();

    @Override
    public Franchise.Assessment assess(Command c) {
        return franchise.assess(c.activity(), c.date(), c.previousYearTurnover(), c.currentYearTurnover());
    }
}
