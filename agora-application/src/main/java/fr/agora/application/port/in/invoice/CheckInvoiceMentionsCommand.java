package fr.agora.application.port.in.invoice;

import fr.agora.domain.invoice.InvoiceHeader;
import fr.agora.domain.tva.Amounts;

/** The header to check (itself required; its fields may be missing, that is what is reported). */
public record CheckInvoiceMentionsCommand(InvoiceHeader header) {
    public CheckInvoiceMentionsCommand {
        Amounts.required(header, "header");
    }
}
