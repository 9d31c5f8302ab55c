package fr.agora.domain.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.budget.BudgetVariance;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpenseClaimCheckerTest {

    private final ExpenseClaimChecker checker = new ExpenseClaimChecker(UrssafAllowanceTable.FRANCE);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    void splits_exempt_and_reintegrated_per_line() {
        ExpenseClaim c = checker.check(DAY, List.of(
                new ExpenseItem(ExpenseType.MEAL_AT_RESTAURANT, 3, Money.of("25.00")),
                new ExpenseItem(ExpenseType.LODGING_PARIS, 2, Money.of("70.00")),
                new ExpenseItem(ExpenseType.MEAL_ON_THE_ROAD, 1, Money.of("12.00")),
                new ExpenseItem(ExpenseType.TRANSPORT, 1, Money.of("84.30"))), null);
        // restaurant: paid 3 × 25 = 75,00; exempt 3 × 21,40 = 64,20; re-integrated 10,80
        // Paris lodging under the 76,60 limit: paid = exempt = 140,00
        // on the road: paid 12,00; exempt 10,40; re-integrated 1,60
        // transport on receipts: exempt 84,30
        // totals: paid 311,30; exempt 298,90; re-integrated 12,40
        assertThat(c.items().get(0).exempt().amount()).isEqualByComparingTo("64.20");
        assertThat(c.items().get(0).reintegrated().amount()).isEqualByComparingTo("10.80");
        assertThat(c.items().get(1).reintegrated().amount()).isEqualByComparingTo("0.00");
        assertThat(c.items().get(3).limitPerUnit()).isNull();
        assertThat(c.paid().amount()).isEqualByComparingTo("311.30");
        assertThat(c.exempt().amount()).isEqualByComparingTo("298.90");
        assertThat(c.reintegrated().amount()).isEqualByComparingTo("12.40");
        assertThat(c.variances()).isEmpty();
    }

    @Test
    void the_2026_limits_are_those_of_the_reference() {
        UrssafAllowanceTable.Limits l = UrssafAllowanceTable.FRANCE.forDate(DAY);
        assertThat(l.perUnit().get(ExpenseType.MEAL_AT_WORKPLACE)).isEqualByComparingTo("7.50");
        assertThat(l.perUnit().get(ExpenseType.MEAL_ON_THE_ROAD)).isEqualByComparingTo("10.40");
        assertThat(l.perUnit().get(ExpenseType.MEAL_AT_RESTAURANT)).isEqualByComparingTo("21.40");
        assertThat(l.perUnit().get(ExpenseType.LODGING_PARIS)).isEqualByComparingTo("76.60");
        assertThat(l.perUnit().get(ExpenseType.LODGING_PROVINCE)).isEqualByComparingTo("56.80");
    }

    @Test
    void trip_forecast_against_actual() {
        ExpenseClaim c = checker.check(DAY, List.of(
                new ExpenseItem(ExpenseType.MEAL_AT_RESTAURANT, 4, Money.of("20.00")),
                new ExpenseItem(ExpenseType.LODGING_PROVINCE, 2, Money.of("60.00")),
                new ExpenseItem(ExpenseType.TRANSPORT, 1, Money.of("150.00"))),
                Map.of(ExpenseCategory.MEALS, Money.of("100.00"), ExpenseCategory.LODGING, Money.of("100.00"),
                        ExpenseCategory.TRANSPORT, Money.of("150.00")));
        // meals 80 vs 100: −20, −20 % favourable; lodging 120 vs 100: +20, +20 % unfavourable; transport on budget
        // total 350 vs 350: no variance
        assertThat(c.variances()).extracting(BudgetVariance::label).containsExactly("MEALS", "LODGING", "TRANSPORT", "TOTAL");
        assertThat(c.variances().get(0).variance().amount()).isEqualByComparingTo("-20.00");
        assertThat(c.variances().get(0).variancePercent()).isEqualByComparingTo("-20.00");
        assertThat(c.variances().get(0).direction()).isEqualTo(BudgetVariance.Direction.FAVOURABLE);
        assertThat(c.variances().get(1).direction()).isEqualTo(BudgetVariance.Direction.UNFAVOURABLE);
        assertThat(c.variances().get(3).variance().amount()).isEqualByComparingTo("0.00");
        assertThat(c.variances().get(3).direction()).isEqualTo(BudgetVariance.Direction.NONE);
    }

    @Test
    void unforecast_category_is_compared_with_zero() {
        ExpenseClaim c = checker.check(DAY, List.of(new ExpenseItem(ExpenseType.OTHER, 1, Money.of("9.99"))),
                Map.of(ExpenseCategory.MEALS, Money.of("10.00")));
        assertThat(c.variances()).extracting(BudgetVariance::label).containsExactly("MEALS", "OTHER", "TOTAL");
        assertThat(c.variances().get(1).variancePercent()).isNull();
    }

    @Test
    void no_limits_before_2026_and_bad_items() {
        assertThatThrownBy(() -> checker.check(LocalDate.of(2025, 12, 31),
                List.of(new ExpenseItem(ExpenseType.OTHER, 1, Money.of("1.00"))), null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("date");
        assertThatThrownBy(() -> new ExpenseItem(ExpenseType.OTHER, 0, Money.of("1.00")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("quantity");
        assertThatThrownBy(() -> checker.check(DAY, List.of(), null)).extracting("field").isEqualTo("items");
    }

    /** Property: for any claim, exempt + re-integrated = paid, per line and in total, and 0 ≤ exempt ≤ paid. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 2026L, 987654321L})
    void exempt_plus_reintegrated_is_paid(long seed) {
        Random r = new Random(seed);
        for (int run = 0; run < 200; run++) {
            List<ExpenseItem> items = new ArrayList<>();
            int n = 1 + r.nextInt(20);
            for (int i = 0; i < n; i++) {
                ExpenseType t = ExpenseType.values()[r.nextInt(ExpenseType.values().length)];
                items.add(new ExpenseItem(t, 1 + r.nextInt(30), Money.ofCents(r.nextInt(15_000))));
            }
            ExpenseClaim c = checker.check(DAY, items, null);
            assertThat(c.exempt().plus(c.reintegrated())).as("seed %d run %d", seed, run).isEqualTo(c.paid());
            for (ExpenseClaim.Line l : c.items()) {
                assertThat(l.exempt().plus(l.reintegrated())).as("seed %d", seed).isEqualTo(l.paid());
                assertThat(l.exempt().isNegative() || l.exempt().compareTo(l.paid()) > 0).as("seed %d", seed).isFalse();
            }
        }
    }
}
