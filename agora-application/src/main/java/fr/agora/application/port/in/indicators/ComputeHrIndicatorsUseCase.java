package fr.agora.application.port.in.indicators;

import fr.agora.domain.indicators.HrIndicators;

/** The HR dashboard of a period from a staff register and its absences. */
public interface ComputeHrIndicatorsUseCase {

    HrIndicators compute(ComputeHrIndicatorsCommand command);
}
