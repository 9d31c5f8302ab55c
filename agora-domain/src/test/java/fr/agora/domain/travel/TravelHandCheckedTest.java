package fr.agora.domain.travel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: mileage allowances recomputed by hand from the barème kilométrique 2023 (arrêté du 27 mars 2023,
 * BOI-BAREME-000001: cars d ≤ 5 000 / 5 001–20 000 / > 20 000; two-wheelers d ≤ 3 000 / 3 001–6 000 / > 6 000;
 * electric +20 %), and an expense claim against the 2026 URSSAF limits (../shared/RULES-REFERENCE.md §5.1).
 */
class TravelHandCheckedTest {

    private final MileageAllowanceCalculator calc = new MileageAllowanceCalculator(MileageScaleTable.FRANCE);

    private String amount(VehicleKind v, Integer cv, long km, boolean electric) {
        return calc.compute(2025, v, cv, km, electric).amount().toString();
    }

    @Test
    void car_at_the_20_000_km_boundary_stays_in_the_middle_bracket() {
        // 5 CV, 20 000 km: "de 5 001 à 20 000 km" → 20 000 × 0.357 + 1 395 = 7 140 + 1 395 = 8 535.00
        assertThat(amount(VehicleKind.CAR, 5, 20_000, false)).isEqualTo("8535.00");
        assertThat(calc.compute(2025, VehicleKind.CAR, 5, 20_000, false).bracket()).contains("20");
        // 20 001 km: "au-delà de 20 000 km" → 20 001 × 0.427 = 8 540.427 → 8 540.43
        assertThat(amount(VehicleKind.CAR, 5, 20_001, false)).isEqualTo("8540.43");
        // 5 CV at 5 000 km: first bracket, 5 000 × 0.636 = 3 180.00 (the middle formula gives the same: continuity)
        assertThat(amount(VehicleKind.CAR, 5, 5_000, false)).isEqualTo("3180.00");
    }

    @Test
    void electric_seven_cv_is_the_exact_product_then_one_rounding() {
        // 7 CV and more, 12 345 km: (12 345 × 0.394 + 1 515) × 1.20 = (4 863.93 + 1 515) × 1.2 = 7 654.716 → 7 654.72
        assertThat(amount(VehicleKind.CAR, 9, 12_345, true)).isEqualTo("7654.72");
        assertThat(calc.compute(2025, VehicleKind.CAR, 9, 12_345, true).appliedHorsepower()).isEqualTo(7);
    }

    @Test
    void motorcycle_at_its_3_000_and_6_000_km_boundaries() {
        // 3–5 CV: 3 000 × 0.468 = 1 404.00; 6 000 × 0.082 + 1 158 = 1 650.00; 6 001 × 0.275 = 1 650.275 → 1 650.28
        assertThat(amount(VehicleKind.MOTORCYCLE, 4, 3_000, false)).isEqualTo("1404.00");
        assertThat(amount(VehicleKind.MOTORCYCLE, 4, 6_000, false)).isEqualTo("1650.00");
        assertThat(amount(VehicleKind.MOTORCYCLE, 4, 6_001, false)).isEqualTo("1650.28");
        // moped 3 001 km: 3 001 × 0.079 + 711 = 948.079 → 948.08
        assertThat(amount(VehicleKind.MOPED, null, 3_001, false)).isEqualTo("948.08");
    }

    @Test
    void expense_claim_splits_the_excess_over_the_limits() {
        // 2026: restaurant meal 21.40, lodging in province 56.80 per night.
        // 3 restaurant meals at 25.00: paid 75.00, exempt 3 × 21.40 = 64.20, re-integrated 10.80
        // 2 nights at 50.00 (under the limit): paid = exempt = 100.00
        ExpenseClaim c = new ExpenseClaimChecker(UrssafAllowanceTable.FRANCE).check(LocalDate.of(2026, 3, 10), List.of(
                new ExpenseItem(ExpenseType.MEAL_AT_RESTAURANT, 3, Money.of("25.00")),
                new ExpenseItem(ExpenseType.LODGING_PROVINCE, 2, Money.of("50.00"))), null);
        assertThat(c.paid()).isEqualTo(Money.of("175.00"));
        assertThat(c.exempt()).isEqualTo(Money.of("164.20"));
        assertThat(c.reintegrated()).isEqualTo(Money.of("10.80"));
    }
}
