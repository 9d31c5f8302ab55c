package fr.agora.domain.depreciation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: schedules recomputed by hand (30/360: months of 30 days, year of 360, day of mise en service counted,
 * a month's last day counted as its 30th — iutenligne « Biens mis en service en cours d'année », PCG 214-13; dégressif:
 * CGI 39 A, BOI-BIC-AMT-20-20-20-20, switch when 1 ÷ years left ≥ the dégressif rate).
 */
class DepreciationHandCheckedTest {

    private final DepreciationCalculator calc = new DepreciationCalculator();

    private static String[] annuities(DepreciationSchedule s) {
        return s.years().stream().map(y -> y.annuity().toString()).toArray(String[]::new);
    }

    @Test
    void straight_line_from_the_31st_counts_one_day_in_that_month() {
        // 12 000 / 5 = 2 400; 31/01 counts as the 30th: 1 day in January + 11 × 30 = 331 days
        // 2 400 × 331/360 = 2 206.666… → 2 206.67; years 2–5: 2 400; year 6: 2 400 − 2 206.67 = 193.33
        DepreciationSchedule s = calc.compute(DepreciationRequest.of(DepreciationMethod.STRAIGHT_LINE, "12000", 5,
                LocalDate.of(2026, 1, 31)));
        assertThat(annuities(s)).containsExactly("2206.67", "2400.00", "2400.00", "2400.00", "2400.00", "193.33");
        assertThat(s.years().get(0).prorata()).isEqualTo("331/360");
        assertThat(s.years().get(5).netBookValue()).isEqualTo(Money.of("0"));
    }

    @Test
    void straight_line_from_the_last_day_of_february_counts_one_day_in_february() {
        // 3 600 / 3 = 1 200; 28/02/2025 is February's last day, counted as its 30th like the 31st of a long month:
        // 1 day in February + 10 × 30 = 301 days → 1 200 × 301/360 = 1 003.333… → 1 003.33; last: 196.67
        // (before the audit the start day was taken as 28: 3 days in February, 303/360 → 1 010.00)
        DepreciationSchedule s = calc.compute(DepreciationRequest.of(DepreciationMethod.STRAIGHT_LINE, "3600", 3,
                LocalDate.of(2025, 2, 28)));
        assertThat(s.years().get(0).prorata()).isEqualTo("301/360");
        assertThat(annuities(s)).containsExactly("1003.33", "1200.00", "1200.00", "196.67");
        // leap year: 29/02/2028 is the last day, the same 301 days
        assertThat(calc.compute(DepreciationRequest.of(DepreciationMethod.STRAIGHT_LINE, "3600", 3,
                LocalDate.of(2028, 2, 29))).years().get(0).prorata()).isEqualTo("301/360");
        // 28/02/2028 is not the last day: 3 days (28, 29, 30) + 300 = 303
        assertThat(calc.compute(DepreciationRequest.of(DepreciationMethod.STRAIGHT_LINE, "3600", 3,
                LocalDate.of(2028, 2, 28))).years().get(0).prorata()).isEqualTo("303/360");
    }

    @Test
    void a_fiscal_year_ending_28_february_is_whole_in_a_leap_year() {
        // fiscal year 01/03/2023 → 28/02/2024 (2024 is a leap year; 29/02/2024 opens the next fiscal year)
        // in service on its first day: a whole year of 360 days, 3 600 / 3 = 1 200 × 3, three exercises
        // (before the audit 28/02/2024 counted as the 28th: 358/360 → 1 193.33 and a fourth exercise of 6.67)
        DepreciationSchedule s = calc.compute(new DepreciationRequest(DepreciationMethod.STRAIGHT_LINE, Money.of("3600"),
                3, LocalDate.of(2023, 3, 1), MonthDay.of(2, 28), null, null));
        assertThat(annuities(s)).containsExactly("1200.00", "1200.00", "1200.00");
        assertThat(s.years().get(0).fiscalYear()).isEqualTo(2024);
        // in service on 29/02/2024, the first day of the next fiscal year: whole too
        assertThat(annuities(calc.compute(new DepreciationRequest(DepreciationMethod.STRAIGHT_LINE, Money.of("3600"),
                3, LocalDate.of(2024, 2, 29), MonthDay.of(2, 28), null, null)))).containsExactly("1200.00", "1200.00", "1200.00");
    }

    @Test
    void straight_line_from_the_first_day_of_the_year_has_exactly_n_years() {
        // 1 000 / 3 = 333.333… → 333.33, 333.33, last 333.34
        DepreciationSchedule s = calc.compute(DepreciationRequest.of(DepreciationMethod.STRAIGHT_LINE, "1000", 3,
                LocalDate.of(2026, 1, 1)));
        assertThat(annuities(s)).containsExactly("333.33", "333.33", "333.34");
    }

    @Test
    void straight_line_in_service_on_the_last_day_of_the_fiscal_year() {
        // 31/12: 1 day (30 − 30 + 1) → 7 200 / 4 = 1 800 × 1/360 = 5.00; last year 1 800 − 5 = 1 795
        DepreciationSchedule s = calc.compute(DepreciationRequest.of(DepreciationMethod.STRAIGHT_LINE, "7200", 4,
                LocalDate.of(2026, 12, 31)));
        assertThat(annuities(s)).containsExactly("5.00", "1800.00", "1800.00", "1800.00", "1795.00");
    }

    @Test
    void declining_four_years_switches_in_the_second_year() {
        // 4 years → 1.25 → 31.25 %; 20 000 from 01/10: 20 000 × 31.25 % × 3/12 = 1 562.50; VNC 18 437.50
        // year 2: 1/3 = 33.33 % ≥ 31.25 % → straight line: 18 437.50 / 3 = 6 145.833… → 6 145.83 (×2), last 6 145.84
        DepreciationSchedule s = calc.compute(DepreciationRequest.of(DepreciationMethod.DECLINING_BALANCE, "20000", 4,
                LocalDate.of(2026, 10, 1)));
        assertThat(s.rate()).isEqualByComparingTo("31.25");
        assertThat(annuities(s)).containsExactly("1562.50", "6145.83", "6145.83", "6145.84");
        assertThat(s.years().get(1).straightLineSwitch()).isTrue();
    }

    @Test
    void declining_six_years_switches_in_the_fourth_year() {
        // 6 years → 1.75 → 29.166… % (shown 29.17); 60 000 from 01/01:
        // y1 60 000 × 1.75/6 = 17 500 → VNC 42 500; y2 42 500 × 1.75/6 = 12 395.833 → 12 395.83 → VNC 30 104.17
        // y3 (1/4 = 25 % < 29.17 %) 30 104.17 × 1.75/6 = 8 780.382… → 8 780.38 → VNC 21 323.79
        // y4 1/3 = 33.33 % ≥ 29.17 % → 21 323.79 / 3 = 7 107.93 (×2), last 21 323.79 − 14 215.86 = 7 107.93
        DepreciationSchedule s = calc.compute(DepreciationRequest.of(DepreciationMethod.DECLINING_BALANCE, "60000", 6,
                LocalDate.of(2026, 1, 1)));
        assertThat(s.rate()).isEqualByComparingTo("29.17");
        assertThat(annuities(s)).containsExactly("17500.00", "12395.83", "8780.38", "7107.93", "7107.93", "7107.93");
        assertThat(s.years().get(2).straightLineSwitch()).isFalse();
        assertThat(s.years().get(3).straightLineSwitch()).isTrue();
    }
}
