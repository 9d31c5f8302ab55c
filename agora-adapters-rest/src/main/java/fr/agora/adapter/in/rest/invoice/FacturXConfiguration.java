package fr.agora.adapter.in.rest.invoice;

import fr.agora.application.port.in.invoice.GenerateFacturXUseCase;
import fr.agora.application.port.in.invoice.ReadFacturXUseCase;
import fr.agora.application.port.out.invoice.ReadEInvoicePort;
import fr.agora.application.port.out.invoice.RenderEInvoicePort;
import fr.agora.application.service.invoice.GenerateFacturXService;
import fr.agora.application.service.invoice.ReadFacturXService;
import fr.agora.domain.tva.VatRateTable;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Factur-X use cases. The format lives in the out-adapter {@code adapter.out.einvoice} (Mustang), received as its
 * ports ({@code EInvoiceAutoConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class FacturXConfiguration {

    private static final Clock PARIS = Clock.system(ZoneId.of("Europe/Paris"));

    @Bean
    GenerateFacturXUseCase generateFacturXUseCase(VatRateTable rates, RenderEInvoicePort renderer) {
        return new GenerateFacturXService(rates, renderer, PARIS);
    }

    @Bean
    ReadFacturXUseCase readFacturXUseCase(ReadEInvoicePort reader) {
        return new ReadFacturXService(reader);
    }
}
