package fr.agora.domain.training;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * A training action: the training body's fees (frais pédagogiques), the trainees, their travel and their lodging and
 * meals, and optionally the amount the training plan forecast for it.
 */
public record TrainingAction(String name, Money fees, Money travel, Money lodgingAndMeals, List<Trainee> trainees,
        Money forecast) {

    public TrainingAction {
        Objects.requireNonNull(name, "name");
        fees = nonNegative(fees, "fees");
        travel = nonNegative(travel, "travel");
        lodgingAndMeals = nonNegative(lodgingAndMeals, "lodgingAndMeals");
        trainees = trainees == null ? List.of() : List.copyOf(trainees);
        if (forecast != null && forecast.isNegative()) {
            throw new InvalidInputException("forecast", "cannot be negative");
        }
    }

    private static Money nonNegative(Money m, String field) {
        if (m != null && m.isNegative()) {
            throw new InvalidInputException(field, "cannot be negative");
        }
        return m == null ? Money.ZERO : m;
    }
}
