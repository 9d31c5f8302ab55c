package fr.agora.domain.invoice;

import fr.agora.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice ready to be written as a structured e-invoice: its number and dates, the two parties, what was asked
 * ({@code request}) and what the calculator made of it ({@code computation}) — the figures the e-invoice must carry to
 * the cent.
 */
public record EInvoice(String number, LocalDate issueDate, LocalDate dueDate, EInvoiceParty seller, EInvoiceParty buyer,
                       InvoiceRequest request, InvoiceComputation computation) {

    public EInvoice {
        if (number == null || number.isBlank()) throw new InvalidInputException("number", "number is required");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(computation, "computation");
        if (dueDate != null && dueDate.isBefore(issueDate)) {
            throw new InvalidInputException("dueDate", "dueDate must not be before issueDate");
        }
    }
}
