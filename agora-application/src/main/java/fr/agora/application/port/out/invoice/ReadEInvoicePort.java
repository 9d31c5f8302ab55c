package fr.agora.application.port.out.invoice;

import fr.agora.domain.invoice.EInvoiceReading;

/** Reads a structured e-invoice (a Factur-X PDF, or its CII XML alone) back; unreadable content is a 400. */
public interface ReadEInvoicePort {

    EInvoiceReading read(byte[] content);
}
