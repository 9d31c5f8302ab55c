package fr.agora.application.port.in.invoice;

import fr.agora.domain.invoice.InvoiceComputation;

/**
 * Computes an invoice exactly as {@code POST /invoices/compute} does and issues it as a Factur-X invoice (EN 16931
 * profile): 422 when the invoice is not issuable, or asks for PER_LINE rounding (EN 16931 computes each rate's TVA
 * from its base, BR-CO-17, which per-line rounding may not equal).
 */
public interface GenerateFacturXUseCase {

    /** The hybrid PDF, the CII XML it embeds, and the computation both carry. */
    record FacturXDocument(byte[] pdf, byte[] xml, InvoiceComputation computation) {
    }

    FacturXDocument generate(GenerateFacturXCommand command);
}
