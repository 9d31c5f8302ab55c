package fr.agora.application.service.indicators;

import fr.agora.application.port.in.indicators.ComputeCommercialIndicatorsCommand;
import fr.agora.application.port.in.indicators.ComputeCommercialIndicatorsUseCase;
import fr.agora.domain.indicators.CommercialIndicatorCalculator;
import fr.agora.domain.indicators.CommercialIndicators;

public final class ComputeCommercialIndicatorsService implements ComputeCommercialIndicatorsUseCase {

    private final CommercialIndicatorCalculator calculator;

    public ComputeCommercialIndicatorsService(CommercialIndicatorCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public CommercialIndicators compute(ComputeCommercialIndicatorsCommand c) {
        return calculator.compute(c.sales(), c.quotes(), c.referenceMonth());
    }
}
