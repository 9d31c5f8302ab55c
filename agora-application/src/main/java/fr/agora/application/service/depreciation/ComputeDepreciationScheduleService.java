package fr.agora.application.service.depreciation;

import fr.agora.application.port.in.depreciation.ComputeDepreciationScheduleCommand;
import fr.agora.application.port.in.depreciation.ComputeDepreciationScheduleUseCase;
import fr.agora.domain.depreciation.DepreciationCalculator;
import fr.agora.domain.depreciation.DepreciationSchedule;

/** Computes a plan d'amortissement (linéaire or dégressif) with its year-end entries. Stateless: the rule and its tables are in the domain, so no out-port is needed. */
public final class ComputeDepreciationScheduleService implements ComputeDepreciationScheduleUseCase {

    private final DepreciationCalculator calculator = new DepreciationCalculator();

    @Override
    public DepreciationSchedule compute(ComputeDepreciationScheduleCommand command) {
        return calculator.compute(command.request());
    }
}
