package fr.agora.domain.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MileageAllowanceCalculatorTest {

    private final MileageAllowanceCalculator calc = new MileageAllowanceCalculator(MileageScaleTable.FRANCE);

    @Test
    void fiscalonline_example_4000_km_5_cv() {
        // fiscalonline.com (barème 2025, RULES-REFERENCE §9): 4 000 km × 0,636 = 2 544 €
        MileageAllowance a = calc.compute(2024, VehicleKind.CAR, 5, 4000, false);
        assertThat(a.amount().amount()).isEqualByComparingTo("2544.00");
        assertThat(a.bracket()).isEqualTo("0–5 000 km");
        assertThat(a.appliedHorsepower()).isEqualTo(5);
        assertThat(a.formula()).isEqualTo("4000 × 0.636 = 2544.00");
    }

    @Test
    void adcf_example_12000_km_5_cv_and_electric() {
        // adcf.org: 12 000 km, 5 CV = 12 000 × 0,357 + 1 395 = 4 284 + 1 395 = 5 679 €
        MileageAllowance a = calc.compute(2025, VehicleKind.CAR, 5, 12000, false);
        assertThat(a.amount().amount()).isEqualByComparingTo("5679.00");
        assertThat(a.bracket()).isEqualTo("5 001–20 000 km");
        assertThat(a.formula()).isEqualTo("12000 × 0.357 + 1395 = 5679.00");
        // electric: + 20 % = 5 679 × 1,20 = 6 814,80 (adcf shows it rounded to the euro: 6 815 €)
        MileageAllowance e = calc.compute(2025, VehicleKind.CAR, 5, 12000, true);
        assertThat(e.amount().amount()).isEqualByComparingTo("6814.80");
        assertThat(e.formula()).isEqualTo("(12000 × 0.357 + 1395) × 1.20 = 6814.80");
    }

    @Test
    void horsepower_is_clamped_to_the_cars_scale() {
        // 2 CV uses the "3 CV and less" line: 1 000 × 0,529 = 529; 11 CV uses "7 CV and more": 25 000 × 0,470 = 11 750
        assertThat(calc.compute(2024, VehicleKind.CAR, 2, 1000, false).appliedHorsepower()).isEqualTo(3);
        assertThat(calc.compute(2024, VehicleKind.CAR, 2, 1000, false).amount().amount()).isEqualByComparingTo("529.00");
        MileageAllowance big = calc.compute(2024, VehicleKind.CAR, 11, 25000, false);
        assertThat(big.appliedHorsepower()).isEqualTo(7);
        assertThat(big.amount().amount()).isEqualByComparingTo("11750.00");
        assertThat(big.bracket()).isEqualTo("over 20 000 km");
    }

    @Test
    void bracket_edges_are_inclusive() {
        // 5 000 km at 4 CV: 5 000 × 0,606 = 3 030; 5 001 km: 5 001 × 0,340 + 1 330 = 1 700,34 + 1 330 = 3 030,34
        assertThat(calc.compute(2024, VehicleKind.CAR, 4, 5000, false).amount().amount()).isEqualByComparingTo("3030.00");
        assertThat(calc.compute(2024, VehicleKind.CAR, 4, 5001, false).amount().amount()).isEqualByComparingTo("3030.34");
        assertThat(calc.compute(2024, VehicleKind.CAR, 4, 0, false).amount().amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void motorcycles_and_mopeds() {
        // motorcycle 4 CV, 4 000 km: 4 000 × 0,082 + 1 158 = 328 + 1 158 = 1 486 (aeccompta.com table)
        MileageAllowance moto = calc.compute(2024, VehicleKind.MOTORCYCLE, 4, 4000, false);
        assertThat(moto.amount().amount()).isEqualByComparingTo("1486.00");
        assertThat(moto.powerBand()).isEqualTo("3, 4 or 5 CV");
        // over 5 CV, 7 000 km: 7 000 × 0,343 = 2 401; electric × 1,20 = 2 881,20
        assertThat(calc.compute(2024, VehicleKind.MOTORCYCLE, 8, 7000, true).amount().amount()).isEqualByComparingTo("2881.20");
        // moped, 2 000 km: 2 000 × 0,315 = 630; no horsepower
        MileageAllowance moped = calc.compute(2024, VehicleKind.MOPED, null, 2000, false);
        assertThat(moped.amount().amount()).isEqualByComparingTo("630.00");
        assertThat(moped.appliedHorsepower()).isNull();
    }

    @Test
    void rounding_half_up_at_the_cent() {
        // 3 CV, 5 km × 0,529 = 2,645 → 2,65 (half up)
        assertThat(calc.compute(2024, VehicleKind.CAR, 3, 5, false).amount().amount()).isEqualByComparingTo("2.65");
    }

    @Test
    void invalid_inputs_name_their_field() {
        assertThatThrownBy(() -> calc.compute(2019, VehicleKind.CAR, 5, 100, false))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("year");
        assertThatThrownBy(() -> calc.compute(2024, VehicleKind.MOTORCYCLE, null, 100, false))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("fiscalHorsepower");
        assertThatThrownBy(() -> calc.compute(2024, VehicleKind.CAR, 5, -1, false))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("distanceKm");
    }
}
