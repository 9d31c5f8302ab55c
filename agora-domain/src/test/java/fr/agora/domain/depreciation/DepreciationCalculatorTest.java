package fr.agora.domain.depreciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** Plans d'amortissement: a published dégressif table and hand-computed linear ones. */
class DepreciationCalculatorTest {

    private final DepreciationCalculator calc = new DepreciationCalculator();

    private static String[] annuities(DepreciationSchedule s) {
        return s.years().stream().map(y -> y.annuity().toString()).toArray(String[]::new);
    }

    /**
     * ../shared/RULES-REFERENCE.md §8 (comprendrelacompta.com): 10 000 €, 5 years, coefficient 1,75 → 35 %, in service
     * 15/04 → 2 625 / 2 581,25 / 1 677,81 / 1 557,97 / 1 557,97.
     */
    @Test
    void declining_balance_table_with_the_switch_to_straight_line() {
        DepreciationSchedule s = calc.compute(DepreciationRequest.of(DepreciationMethod.DECLINING_BALANCE, "10000", 5,
                LocalDate.of(2026, 4, 15)));
        // year 1: 10 000 × 35 % × 9/12 (April to December) = 2 625
        // year 2: 7 375 × 35 % = 2 581.25 (1/4 = 25 % < 35 %)
        // year 3: 4 793.75 × 35 % = 1 677.8125 → 1 677.81 (1/3 = 33.33 % < 35 %)
        // year 4: 1/2 = 50 % ≥ 35 % → switch: 3 115.94 / 2 = 1 557.97; year 5: the VNC left, 1 557.97
        assertThat(s.coefficient()).isEqualByComparingTo("1.75");
        assertThat(s.rate()).isEqualByComparingTo("35");
        assertThat(annuities(s)).containsExactly("2625.00", "2581.25", "1677.81", "1557.97", "1557.97");
        assertThat(s.years().get(0).prorata()).isEqualTo("9/12");
        assertThat(s.years().get(2).netBookValue().toString()).isEqualTo("3115.94");
        assertThat(s.years().get(3).straightLineSwitch()).isTrue();
        assertThat(s.years().get(2).straightLineSwitch()).isFalse();
        assertThat(s.years().get(3).ratePercent()).isEqualByComparingTo("50");
        assertThat(s.years().get(4).accumulated().toString()).isEqualTo("10000.00");
        assertThat(s.years().get(4).fiscalYear()).isEqualTo(2030);
        assertThat(s.source()).contains("39 A");
    }

    @Test
    void declining_balance_coefficients_by_life() {
        // 3 years: 1.25 → 41.67 %; 9 000 × 1.25/3 = 3 750; year 2: 1/2 = 50 % ≥ 41.67 % → 5 250 / 2 = 2 625 twice
        DepreciationSchedule three = calc.compute(DepreciationRequest.of(DepreciationMethod.DECLINING_BALANCE, "9000", 3,
                LocalDate.of(2026, 1, 1)));
        assertThat(three.rate()).isEqualByComparingTo("41.67");
        assertThat(annuities(three)).containsExactly("3750.00", "2625.00", "2625.00");
        // 10 years: 2.25 → 22.5 %
        assertThat(calc.compute(DepreciationRequest.of(DepreciationMethod.DECLINING_BALANCE, "1000", 10,
                LocalDate.of(2026, 1, 1))).rate()).isEqualByComparingTo("22.50");
        // bought in 2009 (plan de relance): 1.75 + 0.5 = 2.25 for 5 years
        assertThat(calc.compute(DepreciationRequest.of(DepreciationMethod.DECLINING_BALANCE, "1000", 5,
                LocalDate.of(2009, 6, 1))).coefficient()).isEqualByComparingTo("2.25");
        assertThatThrownBy(() -> calc.compute(DepreciationRequest.of(DepreciationMethod.DECLINING_BALANCE, "1000", 2,
                LocalDate.of(2026, 1, 1)))).isInstanceOf(NotEligibleForDecliningBalanceException.class)
                .hasFieldOrPropertyWithValue("field", "usefulLifeYears");
    }

    @Test
    void straight_line_prorata_in_days_thirty_360() {
        // 15/04 → 31/12 = (12 − 4) × 30 + (30 − 15) + 1 = 256 days; 10 000 × 20 % × 256/360 = 1 422.222… → 1 422.22
        // then 2 000 × 4; the 6th annuity completes the base: 10 000 − 9 422.22 = 577.78 (= 2 000 × 104/360)
        DepreciationSchedule s = calc.compute(new DepreciationRequest(DepreciationMethod.STRAIGHT_LINE, Money.of("10000"), 5,
                LocalDate.of(2026, 4, 15), null, null, "2183"));
        assertThat(s.rate()).isEqualByComparingTo("20");
        assertThat(s.coefficient()).isNull();
        assertThat(annuities(s)).containsExactly("1422.22", "2000.00", "2000.00", "2000.00", "2000.00", "577.78");
        assertThat(s.years().get(0).prorata()).isEqualTo("256/360");
        assertThat(s.years().get(5).prorata()).isEqualTo("104/360");
        assertThat(s.years().get(5).netBookValue().toString()).isEqualTo("0.00");
        // the year-end entry: debit 6811, credit 28183
        assertThat(s.years().get(0).entry()).extracting(e -> e.account()).containsExactly("6811", "28183");
        assertThat(s.years().get(0).entry().get(1).credit().toString()).isEqualTo("1422.22");
    }

    @Test
    void straight_line_full_years_and_a_fiscal_year_ending_in_june() {
        // 1 000 / 3 = 333.333… → 333.33, 333.33, and 333.34 to complete the base
        assertThat(annuities(calc.compute(DepreciationRequest.of(DepreciationMethod.STRAIGHT_LINE, "1000", 3,
                LocalDate.of(2026, 1, 1))))).containsExactly("333.33", "333.33", "333.34");
        // fiscal year ending 30/06, in service 01/09/2026: 01/09 → 30/06 = 360 − 3 × 30 + 30 = 300 days
        // 12 000 / 4 × 300/360 = 2 500; 3 000 × 3; last 500 (60/360)
        DepreciationSchedule june = calc.compute(new DepreciationRequest(DepreciationMethod.STRAIGHT_LINE,
                Money.of("12000"), 4, LocalDate.of(2026, 9, 1), MonthDay.of(6, 30), DayCount.THIRTY_360, null));
        assertThat(annuities(june)).containsExactly("2500.00", "3000.00", "3000.00", "3000.00", "500.00");
        assertThat(june.years().get(0).fiscalYearEnd()).isEqualTo(LocalDate.of(2027, 6, 30));
        // actual days: 15/04 → 31/12/2026 = 261 days of 365; 10 000 / 5 × 261/365 = 1 430.136… → 1 430.14
        DepreciationSchedule actual = calc.compute(new DepreciationRequest(DepreciationMethod.STRAIGHT_LINE,
                Money.of("10000"), 5, LocalDate.of(2026, 4, 15), null, DayCount.ACTUAL, null));
        assertThat(actual.years().get(0).annuity().toString()).isEqualTo("1430.14");
        assertThat(YearEndEntry.depreciationAccount("205")).isEqualTo("2805");
    }
}
