package fr.agora.application.port.in.training;

import fr.agora.domain.training.TrainingAction;
import java.util.List;

/** The training actions to cost, each with its forecast when the training plan had one. */
public record ComputeTrainingCostCommand(List<TrainingAction> actions) {

    public ComputeTrainingCostCommand {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
