package fr.agora.application.service.tva;

import fr.agora.application.port.in.tva.ComputeCa3Command;
import fr.agora.application.port.in.tva.ComputeCa3UseCase;
import fr.agora.domain.tva.Ca3Calculator;
import fr.agora.domain.tva.Ca3Return;
import fr.agora.domain.tva.VatRateTable;

public final class ComputeCa3Service implements ComputeCa3UseCase {

    private final Ca3Calculator calculator;

    public ComputeCa3Service(VatRateTable rates) {
        this.calculator = new Ca3Calculator(rates);
    }

    @Override
    public Ca3Return compute(ComputeCa3Command c) {
        return calculator.compute(c.from(), c.to(), c.previousCredit(), c.refundRequested(), c.operations());
    }
}
