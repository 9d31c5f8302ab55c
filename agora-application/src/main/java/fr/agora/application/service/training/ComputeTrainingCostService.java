package fr.agora.application.service.training;

import fr.agora.application.port.in.training.ComputeTrainingCostCommand;
import fr.agora.application.port.in.training.ComputeTrainingCostUseCase;
import fr.agora.domain.training.TrainingBudget;
import fr.agora.domain.training.TrainingCostCalculator;

public final class ComputeTrainingCostService implements ComputeTrainingCostUseCase {

    private final TrainingCostCalculator calculator;

    public ComputeTrainingCostService(TrainingCostCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public TrainingBudget compute(ComputeTrainingCostCommand c) {
        return calculator.budget(c.actions());
    }
}
