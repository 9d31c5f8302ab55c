package fr.agora.application.service.tva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.tva.ComputeCa12Command;
import fr.agora.application.port.in.tva.ConvertVatCommand;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.VatConversion;
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
}
