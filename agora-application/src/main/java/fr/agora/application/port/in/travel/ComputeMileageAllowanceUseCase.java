package fr.agora.application.port.in.travel;

import fr.agora.domain.travel.MileageAllowance;

/** Indemnités kilométriques from the dated fiscal barème, with the formula applied. */
public interface ComputeMileageAllowanceUseCase {

    MileageAllowance compute(ComputeMileageAllowanceCommand command);
}
