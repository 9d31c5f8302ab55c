package fr.agora.domain.tva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VatRateTableTest {

    private final VatRateTable table = VatRateTable.FRANCE;
    private final LocalDate d2026 = LocalDate.of(2026, 3, 1);

    @Test
    void the_four_current_rates_are_dated_data_with_their_ca3_line_and_source() {
        assertThat(table.validOn(d2026)).extracting(VatRate::percent)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("20"), new BigDecimal("10"), new BigDecimal("5.5"), new BigDecimal("2.1"));
        assertThat(table.rateFor(new BigDecimal("20.00"), d2026, "r").ca3Line()).isEqualTo("08");
        assertThat(table.rateFor(new BigDecimal("10"), d2026, "r").ca3Line()).isEqualTo("9B");
        assertThat(table.rateFor(new BigDecimal("5.5"), d2026, "r").ca3Line()).isEqualTo("09");
        assertThat(table.rateFor(new BigDecimal("2.1"), d2026, "r").ca3Line()).isEqualTo("T6");
        assertThat(table.all()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }

    @Test
    void an_unknown_rate_is_refused_naming_the_field() {
        assertThatThrownBy(() -> table.rateFor(new BigDecimal("19"), d2026, "lines[1].vatRate"))
                .isInstanceOf(UnknownVatRateException.class)
                .satisfies(e -> assertThat(((UnknownVatRateException) e).field()).isEqualTo("lines[1].vatRate"));
    }

    @Test
    void a_rate_outside_its_validity_is_refused_and_an_old_rate_applies_on_its_dates() {
        // 19.6 % applied until 2013-12-31, 20 % from 2014-01-01
        assertThat(table.rateFor(new BigDecimal("19.6"), LocalDate.of(2013, 12, 31), "r").ca3Line()).isEqualTo("13");
        assertThatThrownBy(() -> table.rateFor(new BigDecimal("19.6"), LocalDate.of(2014, 1, 1), "r"))
                .isInstanceOf(UnknownVatRateException.class);
        assertThatThrownBy(() -> table.rateFor(new BigDecimal("20"), LocalDate.of(2013, 12, 31), "r"))
                .isInstanceOf(UnknownVatRateException.class);
        assertThatThrownBy(() -> table.rateFor(new BigDecimal("7"), d2026, "r"))
                .isInstanceOf(UnknownVatRateException.class);
    }

    @Test
    void a_rate_with_three_decimals_is_refused() {
        assertThatThrownBy(() -> table.rateFor(new BigDecimal("5.505"), d2026, "vatRate"))
                .hasFieldOrPropertyWithValue("field", "vatRate")
                .hasFieldOrPropertyWithValue("problemType", "too-many-decimals");
    }
}
