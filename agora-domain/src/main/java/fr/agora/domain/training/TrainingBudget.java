package fr.agora.domain.training;

import fr.agora.domain.budget.BudgetVariance;
import java.util.List;

/** The training plan's actions costed, each with its forecast vs actual variance when forecast, and the total. */
public record TrainingBudget(List<TrainingCost> actions, List<BudgetVariance> variances, BudgetVariance total) {

    public TrainingBudget {
        actions = List.copyOf(actions);
        variances = List.copyOf(variances);
    }
}
