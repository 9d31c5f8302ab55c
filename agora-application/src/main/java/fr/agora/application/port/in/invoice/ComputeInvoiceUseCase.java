package fr.agora.application.port.in.invoice;

import fr.agora.domain.invoice.InvoiceComputation;

/** Computes an invoice or a credit note exact to the cent (stateless). */
public interface ComputeInvoiceUseCase {

    InvoiceComputation compute(ComputeInvoiceCommand command);
}
