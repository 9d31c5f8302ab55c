package fr.agora.application.service.tva;

import fr.agora.application.port.in.tva.ComputeCa12Command;
import fr.agora.application.port.in.tva.ComputeCa12UseCase;
import fr.agora.domain.tva.Ca12Calculator;
import java.time.Clock;
import java.time.LocalDate;

public final class ComputeCa12Service implements ComputeCa12UseCase {

    private final Ca12Calculator calculator = new Ca12Calculator();
    private final Clock clock;

    public ComputeCa12Service(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Ca12Calculator.Result compute(ComputeCa12Command c) {
        int year = c.year() == null ? LocalDate.now(clock).getYear() : c.year();
        return calculator.compute(year, c.previousYearVat(), c.currentYearVat());
    }
}
