package fr.agora.application.port.in.training;

import fr.agora.domain.training.TrainingBudget;

/** The cost of training actions and the training budget's forecast vs actual variance. */
public interface ComputeTrainingCostUseCase {

    TrainingBudget compute(ComputeTrainingCostCommand command);
}
