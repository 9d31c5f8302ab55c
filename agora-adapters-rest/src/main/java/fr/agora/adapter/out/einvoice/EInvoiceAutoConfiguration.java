package fr.agora.adapter.out.einvoice;

import fr.agora.application.port.out.invoice.ReadEInvoicePort;
import fr.agora.application.port.out.invoice.RenderEInvoicePort;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Plugs the Mustang Factur-X writer and reader in as their ports; the REST wiring never names them. */
@AutoConfiguration
public class EInvoiceAutoConfiguration {

    @Bean
    RenderEInvoicePort renderEInvoicePort() {
        return new MustangFacturXWriter();
    }

    @Bean
    ReadEInvoicePort readEInvoicePort() {
        return new MustangFacturXReader();
    }
}
