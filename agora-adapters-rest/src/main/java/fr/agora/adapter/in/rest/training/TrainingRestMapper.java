package fr.agora.adapter.in.rest.training;

import fr.agora.adapter.in.rest.training.TrainingDtos.TrainingActionRequest;
import fr.agora.adapter.in.rest.training.TrainingDtos.TrainingCostRequest;
import fr.agora.adapter.in.rest.training.TrainingDtos.TrainingCostResponse;
import fr.agora.application.port.in.training.ComputeTrainingCostCommand;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import fr.agora.domain.training.Trainee;
import fr.agora.domain.training.TrainingAction;
import fr.agora.domain.training.TrainingBudget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;

/** DTO ↔ domain; requests by hand so that errors name {@code actions[i].trainees[j].field}. */
@Mapper
public interface TrainingRestMapper {

    TrainingCostResponse toResponse(TrainingBudget b);

    default BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    default ComputeTrainingCostCommand toCommand(TrainingCostRequest r) {
        List<TrainingAction> actions = new ArrayList<>(r.actions().size());
        for (int i = 0; i < r.actions().size(); i++) {
            try {
                actions.add(action(r.actions().get(i)));
            } catch (InvalidInputException e) {
                throw e.under("actions[" + i + "]");
            }
        }
        return new ComputeTrainingCostCommand(actions);
    }

    private static TrainingAction action(TrainingActionRequest a) {
        List<Trainee> trainees = new ArrayList<>();
        List<TrainingDtos.TrainingTraineeRequest> in = a.trainees() == null ? List.of() : a.trainees();
        for (int j = 0; j < in.size(); j++) {
            var t = in.get(j);
            try {
                trainees.add(new Trainee(t.id(), Money.of(t.monthlyGross()), t.hours(), t.employerContributionRate()));
            } catch (InvalidInputException e) {
                throw e.under("trainees[" + j + "]");
            }
        }
        return new TrainingAction(a.name(), money(a.fees()), money(a.travel()), money(a.lodgingAndMeals()), trainees,
                money(a.forecast()));
    }

    private static Money money(BigDecimal v) {
        return v == null ? null : Money.of(v);
    }
}
