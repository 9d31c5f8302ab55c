package fr.agora.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.budget.BudgetVariance;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingCostCalculatorTest {

    private final TrainingCostCalculator calc = new TrainingCostCalculator();

    private static TrainingAction excel(Money forecast) {
        return new TrainingAction("Excel avancé", Money.of("1200.00"), Money.of("180.00"), Money.of("95.50"), List.of(
                new Trainee("T1", Money.of("2275.00"), new BigDecimal("14"), new BigDecimal("42")),
                new Trainee("T2", Money.of("1820.00"), new BigDecimal("14"), new BigDecimal("42"))), forecast);
    }

    @Test
    void cost_of_an_action() {
        TrainingCost c = calc.cost(excel(null));
        // hourly rates: 2 275 / (35 × 52 / 12) = 2 275 × 12 / 1 820 = 15,00; 1 820 / 151,666… = 12,00
        // T1: 15 × 14 = 210,00 + 42 % = 88,20 → 298,20; T2: 12 × 14 = 168,00 + 70,56 → 238,56; wages 536,76
        // total = 1 200 + 536,76 + 180 + 95,50 = 2 012,26; per trainee 1 006,13; per trainee-hour 2 012,26 / 28 = 71,866 → 71,87
        assertThat(c.traineeWages().get(0).hourlyRate()).isEqualByComparingTo("15.0000");
        assertThat(c.traineeWages().get(0).loadedWage().amount()).isEqualByComparingTo("298.20");
        assertThat(c.traineeWages().get(1).employerContributions().amount()).isEqualByComparingTo("70.56");
        assertThat(c.wages().amount()).isEqualByComparingTo("536.76");
        assertThat(c.total().amount()).isEqualByComparingTo("2012.26");
        assertThat(c.costPerTrainee().amount()).isEqualByComparingTo("1006.13");
        assertThat(c.costPerTraineeHour().amount()).isEqualByComparingTo("71.87");
        assertThat(c.traineeHours()).isEqualByComparingTo("28");
    }

    @Test
    void budget_forecast_against_actual() {
        TrainingAction sst = new TrainingAction("SST", Money.of("300.00"), null, null, List.of(), null);
        TrainingBudget b = calc.budget(List.of(excel(Money.of("1900.00")), sst));
        // Excel: 2 012,26 − 1 900 = +112,26, 112,26 / 1 900 = 5,908 % → 5,91 % over budget
        BudgetVariance excel = b.variances().get(0);
        assertThat(excel.variance().amount()).isEqualByComparingTo("112.26");
        assertThat(excel.variancePercent()).isEqualByComparingTo("5.91");
        assertThat(excel.direction()).isEqualTo(BudgetVariance.Direction.UNFAVOURABLE);
        // the unplanned SST action counts in the actual: 2 312,26 − 1 900 = 412,26 → 21,697 % → 21,70 %
        assertThat(b.total().actual().amount()).isEqualByComparingTo("2312.26");
        assertThat(b.total().variancePercent()).isEqualByComparingTo("21.70");
        assertThat(b.actions().get(1).costPerTrainee()).isNull();
    }

    @Test
    void invalid_trainee_is_named_with_its_action() {
        assertThatThrownBy(() -> new Trainee("T", Money.of("100.00"), BigDecimal.ZERO, BigDecimal.TEN))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("hours");
        assertThatThrownBy(() -> calc.budget(List.of())).extracting("field").isEqualTo("actions");
    }
}
