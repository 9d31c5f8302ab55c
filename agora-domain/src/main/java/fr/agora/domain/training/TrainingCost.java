package fr.agora.domain.training;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The cost of one action: fees + trainees' loaded wages + travel + lodging and meals = total; per trainee and per
 * trainee-hour (null when there is no trainee), each trainee's hourly rate and loaded wage.
 */
public record TrainingCost(String name, Money fees, Money wages, Money travel, Money lodgingAndMeals, Money total,
        int traineeCount, BigDecimal traineeHours, Money costPerTrainee, Money costPerTraineeHour,
        List<TraineeWage> traineeWages) {

    public TrainingCost {
        traineeWages = List.copyOf(traineeWages);
    }

    /** hourly rate = monthly gross / (35 × 52 / 12); wage = hourly × hours × (1 + rate / 100), half up at the cent. */
    public record TraineeWage(String id, BigDecimal hourlyRate, BigDecimal hours, Money grossWage, Money employerContributions,
            Money loadedWage) {
    }
}
