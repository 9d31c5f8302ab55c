package fr.agora.application.service.travel;

import fr.agora.application.port.in.travel.ComputeMileageAllowanceCommand;
import fr.agora.application.port.in.travel.ComputeMileageAllowanceUseCase;
import fr.agora.domain.travel.MileageAllowance;
import fr.agora.domain.travel.MileageAllowanceCalculator;
import fr.agora.domain.travel.MileageScaleTable;

public final class ComputeMileageAllowanceService implements ComputeMileageAllowanceUseCase {

    private final MileageAllowanceCalculator calculator;

    public ComputeMileageAllowanceService(MileageScaleTable scales) {
        this.calculator = new MileageAllowanceCalculator(scales);
    }

    @Override
    public MileageAllowance compute(ComputeMileageAllowanceCommand c) {
        return calculator.compute(c.year(), c.vehicle(), c.fiscalHorsepower(), c.distanceKm(), c.electric());
    }
}
