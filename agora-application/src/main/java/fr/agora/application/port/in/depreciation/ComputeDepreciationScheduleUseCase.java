package fr.agora.application.port.in.depreciation;

import fr.agora.domain.depreciation.DepreciationSchedule;

/** Computes a plan d'amortissement (linéaire or dégressif) with its year-end entries. */
public interface ComputeDepreciationScheduleUseCase {
    DepreciationSchedule compute(ComputeDepreciationScheduleCommand command);
}
