package fr.agora.application.port.in.invoice;

import fr.agora.domain.invoice.EInvoiceReading;

/** Reads a Factur-X invoice back into the invoice model: parties, lines, allowances and charges, declared totals. */
public interface ReadFacturXUseCase {

    EInvoiceReading read(ReadFacturXCommand command);
}
