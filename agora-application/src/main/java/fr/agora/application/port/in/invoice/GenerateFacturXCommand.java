package fr.agora.application.port.in.invoice;

import fr.agora.domain.invoice.EInvoiceParty;
import fr.agora.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/** An invoice to issue as Factur-X: its number, dates, parties, and the invoice as {@code POST /invoices/compute} takes it. */
public record GenerateFacturXCommand(String number, LocalDate issueDate, LocalDate dueDate, EInvoiceParty seller,
                                     EInvoiceParty buyer, ComputeInvoiceCommand invoice) {
    public GenerateFacturXCommand {
        if (number == null || number.isBlank()) throw new InvalidInputException("number", "number is required");
        if (issueDate == null) throw new InvalidInputException("issueDate", "issueDate is required");
        if (seller == null) throw new InvalidInputException("seller", "seller is required");
        if (buyer == null) throw new InvalidInputException("buyer", "buyer is required");
        Objects.requireNonNull(invoice, "invoice");
    }
}
