package fr.agora.application.service.indicators;

import fr.agora.application.port.in.indicators.ComputeHrIndicatorsCommand;
import fr.agora.application.port.in.indicators.ComputeHrIndicatorsUseCase;
import fr.agora.domain.indicators.HrIndicatorCalculator;
import fr.agora.domain.indicators.HrIndicators;

public final class ComputeHrIndicatorsService implements ComputeHrIndicatorsUseCase {

    private final HrIndicatorCalculator calculator;

    public ComputeHrIndicatorsService(HrIndicatorCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public HrIndicators compute(ComputeHrIndicatorsCommand c) {
        return calculator.compute(c.staff(), c.absences(), c.from(), c.to());
    }
}
