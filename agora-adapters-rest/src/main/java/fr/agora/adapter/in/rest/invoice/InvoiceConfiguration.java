package fr.agora.adapter.in.rest.invoice;

import fr.agora.application.port.in.invoice.CheckInvoiceMentionsUseCase;
import fr.agora.application.port.in.invoice.ComputeInvoiceUseCase;
import fr.agora.application.service.invoice.CheckInvoiceMentionsService;
import fr.agora.application.service.invoice.ComputeInvoiceService;
import fr.agora.domain.tva.VatRateTable;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Instantiates the plain-Java invoice use cases; the rate table is the TVA feature's bean. Dates default to
 * today by the application's one {@code Clock} (Europe/Paris, {@code ClockConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class InvoiceConfiguration {

    @Bean
    ComputeInvoiceUseCase computeInvoiceUseCase(VatRateTable rates, Clock clock) {
        return new ComputeInvoiceService(rates, clock);
    }

    @Bean
    CheckInvoiceMentionsUseCase checkInvoiceMentionsUseCase() {
        return new CheckInvoiceMentionsService();
    }
}
