package fr.agora.application.service.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.invoice.ComputeInvoiceCommand;
import fr.agora.domain.invoice.InvoiceLine;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.UnknownVatRateException;
import fr.agora.domain.tva.VatRateTable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceServicesTest {

    /** 2013-06-01: 19.6 % was in force, 20 % was not. */
    final Clock in2013 = Clock.fixed(Instant.parse("2013-06-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void the_invoice_date_defaults_to_the_clock_and_picks_the_rates_in_force() {
        var service = new ComputeInvoiceService(VatRateTable.FRANCE, in2013);
        // 100 × 19.6 % = 19.60 in 2013
        var r = service.compute(new ComputeInvoiceCommand(null, List.of(new InvoiceLine("a", "1", "100", "19.6")),
                null, null, null, null, null, null));
        assertThat(r.totalVat()).isEqualTo(Money.of("19.60"));
        assertThatThrownBy(() -> service.compute(new ComputeInvoiceCommand(null,
                List.of(new InvoiceLine("a", "1", "100", "20")), null, null, null, null, null, null)))
                .isInstanceOf(UnknownVatRateException.class).hasFieldOrPropertyWithValue("field", "lines[0].vatRate");
    }

    @Test
    void commands_validate_themselves_naming_the_field() {
        assertThatThrownBy(() -> new ComputeInvoiceCommand(null, null, null, null, null, null, null, null))
                .hasFieldOrPropertyWithValue("field", "lines");
        assertThatThrownBy(() -> new ComputeInvoiceCommand(null, List.of(new InvoiceLine("a", "-2", "100", "20")),
                null, null, null, null, null, null)).hasFieldOrPropertyWithValue("field", "lines[0].quantity");
    }
}
