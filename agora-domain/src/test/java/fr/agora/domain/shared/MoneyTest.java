package fr.agora.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void always_holds_two_decimals() {
        assertThat(Money.of("12").toString()).isEqualTo("12.00");
        assertThat(Money.of("12.5").amount().scale()).isEqualTo(2);
        assertThat(Money.of("12.5")).isEqualTo(Money.of("12.50"));
    }

    @Test
    void refuses_a_third_decimal_instead_of_rounding_silently() {
        assertThatThrownBy(() -> Money.of("0.005"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 2 decimals");
        // trailing zeros are not real decimals
        assertThat(Money.of("1.2500")).isEqualTo(Money.of("1.25"));
    }

    @Test
    void rounds_half_up_at_the_cent_never_to_even() {
        // 0.125 → 0.13 (HALF_EVEN would give 0.12); -0.125 → -0.13 (away from zero)
        assertThat(Money.roundedHalfUp(new BigDecimal("0.125"))).isEqualTo(Money.of("0.13"));
        assertThat(Money.roundedHalfUp(new BigDecimal("-0.125"))).isEqualTo(Money.of("-0.13"));
        assertThat(Money.roundedHalfUp(new BigDecimal("0.1249999"))).isEqualTo(Money.of("0.12"));
    }

    @Test
    void percent_of_an_amount() {
        // 20 % of 10.03 = 2.006 → 2.01 ; 5.5 % of 0.10 = 0.0055 → 0.01 ; 2.1 % of 0.50 = 0.0105 → 0.01
        assertThat(Money.of("10.03").percent(new BigDecimal("20"), RoundingMode.HALF_UP)).isEqualTo(Money.of("2.01"));
        assertThat(Money.of("0.10").percent(new BigDecimal("5.5"), RoundingMode.HALF_UP)).isEqualTo(Money.of("0.01"));
        assertThat(Money.of("0.50").percent(new BigDecimal("2.1"), RoundingMode.HALF_UP)).isEqualTo(Money.of("0.01"));
    }

    @Test
    void arithmetic_and_totals() {
        assertThat(Money.total(java.util.List.of(Money.of("0.10"), Money.of("0.20"), Money.of("-0.05"))))
                .isEqualTo(Money.of("0.25"));
        assertThat(Money.of("1").minus(Money.of("1.01"))).isEqualTo(Money.of("-0.01"));
        assertThat(Money.of("-3.50").abs()).isEqualTo(Money.of("3.50"));
        assertThat(Money.ofCents(-1234).toString()).isEqualTo("-12.34");
        assertThat(Money.of("12.34").cents()).isEqualTo(1234L);
        assertThat(Money.zero().isZero()).isTrue();
    }

    /**
     * The constructor (and Amounts/VatRate) skip stripTrailingZeros when the scale is already ≤ the maximum: stripping
     * lowers a non-zero's scale and gives a zero scale 0 (0E+3 → 0), so it cannot take a scale ≤ max (≥ 0) above max.
     */
    @org.junit.jupiter.api.Test
    void the_scale_fast_path_gives_the_same_answer_as_stripping() {
        java.util.Random rnd = new java.util.Random(7);
        for (int k = 0; k < 100_000; k++) {
            java.math.BigDecimal v = new java.math.BigDecimal(
                    java.math.BigInteger.valueOf(rnd.nextInt(4) == 0 ? 0 : rnd.nextLong() % 1_000_000_000L * (rnd.nextBoolean() ? 10 : 1)),
                    rnd.nextInt(12) - 4);
            for (int max = 0; max <= 3; max++) {
                boolean stripped = v.stripTrailingZeros().scale() > max;
                boolean fast = v.scale() > max && v.stripTrailingZeros().scale() > max;
                org.assertj.core.api.Assertions.assertThat(fast).as("%s max %d", v, max).isEqualTo(stripped);
            }
        }
    }
}
