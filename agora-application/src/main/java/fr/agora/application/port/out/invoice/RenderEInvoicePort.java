package fr.agora.application.port.out.invoice;

import fr.agora.domain.invoice.EInvoice;

/** Writes an invoice as a structured e-invoice (Factur-X: PDF/A-3 with its CII XML embedded). */
public interface RenderEInvoicePort {

    /** The hybrid PDF and the XML it embeds. */
    record Rendered(byte[] pdf, byte[] xml) {
    }

    Rendered render(EInvoice invoice);
}
