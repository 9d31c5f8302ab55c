package fr.agora.application.service.tva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.tva.AssessVatDeductionCommand;
import fr.agora.application.port.in.tva.ComputeCa12Command;
import fr.agora.application.port.in.tva.ComputeMarginVatCommand;
import fr.agora.application.port.in.tva.ConvertVatCommand;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.MarginScheme;
import fr.agora.domain.tva.VatConversion;
import fr.agora.domain.tva.VatDeduction;
import fr.agora.domain.tva.VatRateTable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TvaServicesTest {

    /** 2013-06-01: 19.6 % was in force, 20 % was not. */
    final Clock in2013 = Clock.fixed(Instant.parse("2013-06-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void commands_validate_themselves_naming_the_field() {
        assertThatThrownBy(() -> new ConvertVatCommand(Money.of("1"), new BigDecimal("20"), null, null))
                .hasFieldOrPropertyWithValue("field", "from");
        assertThatThrownBy(() -> new ComputeCa12Command(2026, null, Money.ZERO))
                .hasFieldOrPropertyWithValue("field", "previousYearVat");
    }

    @Test
    void ca12_year_and_conversion_date_default_to_the_clock() {
        // 2013 has CA12 parameters? No: the table starts in 2015 → refused naming 'year'
        assertThatThrownBy(() -> new ComputeCa12Service(in2013).compute(new ComputeCa12Command(null, Money.ZERO, Money.ZERO)))
                .hasFieldOrPropertyWithValue("field", "year");
        // 119.60 TTC at 19.6 % in 2013 → 100.00 HT
        var c = new ConvertVatService(VatRateTable.FRANCE, in2013)
                .convert(new ConvertVatCommand(Money.of("119.60"), new BigDecimal("19.6"), VatConversion.From.TTC, null));
        assertThat(c.exclVat()).isEqualTo(Money.of("100"));
    }

    @Test
    void margin_and_deduction_dates_default_to_the_clock() {
        // 2013: 19.6 % in force; margin 119.60 → TVA 119.60 × 19.6 / 119.6 = 19.60
        var m = new ComputeMarginVatService(VatRateTable.FRANCE, in2013).compute(new ComputeMarginVatCommand(
                MarginScheme.Regime.TRAVEL_AGENCY, Money.of("1119.60"), Money.of("1000"), new BigDecimal("19.6"), null));
        assertThat(m.vat()).isEqualTo(Money.of("19.60"));
        // 2013: gift threshold 65 €; a 66 € gift is above it
        var g = new AssessVatDeductionService(in2013).assess(new AssessVatDeductionCommand(VatDeduction.Expense.GIFT,
                Money.of("11"), Money.of("66"), null, null, null, null, null));
        assertThat(g.deductible()).isEqualTo(Money.ZERO);
        // the prorata from the turnovers: 1 / 3 → 0.34 (rounded up) → 34.00 of 100
        var p = new AssessVatDeductionService(in2013).assess(new AssessVatDeductionCommand(VatDeduction.Expense.STANDARD,
                Money.of("100"), null, null, null, null, Money.of("1"), Money.of("3")));
        assertThat(p.deductible()).isEqualTo(Money.of("34"));
        assertThatThrownBy(() -> new AssessVatDeductionCommand(VatDeduction.Expense.STANDARD, Money.of("1"), null, null,
                null, null, Money.of("1"), null)).hasFieldOrPropertyWithValue("field", "totalTurnover");
    }
}
