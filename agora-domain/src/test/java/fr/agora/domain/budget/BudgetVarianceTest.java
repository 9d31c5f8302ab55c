package fr.agora.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import org.junit.jupiter.api.Test;

class BudgetVarianceTest {

    @Test
    void variance_is_actual_minus_forecast() {
        // 1 000 forecast, 1 150 actual: +150, +15 % over budget; rounding at .005: 1/3 of a cent → 33,33 %
        BudgetVariance v = BudgetVariance.of("x", Money.of("1000.00"), Money.of("1150.00"));
        assertThat(v.variance().amount()).isEqualByComparingTo("150.00");
        assertThat(v.variancePercent()).isEqualByComparingTo("15.00");
        assertThat(v.direction()).isEqualTo(BudgetVariance.Direction.UNFAVOURABLE);
        assertThat(BudgetVariance.of("y", Money.of("3.00"), Money.of("4.00")).variancePercent()).isEqualByComparingTo("33.33");
        // 0,005 % rounds up: 200 forecast, 200,01 actual → 0,005 % → 0,01 %
        assertThat(BudgetVariance.of("z", Money.of("200.00"), Money.of("200.01")).variancePercent()).isEqualByComparingTo("0.01");
        assertThat(BudgetVariance.of("zero", Money.ZERO, Money.of("5.00")).variancePercent()).isNull();
    }
}
