package fr.agora.application.port.in.indicators;

import fr.agora.domain.indicators.CommercialIndicators;

/** The commercial dashboard from sales and quotes. */
public interface ComputeCommercialIndicatorsUseCase {

    CommercialIndicators compute(ComputeCommercialIndicatorsCommand command);
}
