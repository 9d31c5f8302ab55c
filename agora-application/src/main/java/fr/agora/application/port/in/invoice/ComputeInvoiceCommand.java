package fr.agora.application.port.in.invoice;

import fr.agora.domain.invoice.AccessoryCharge;
import fr.agora.domain.invoice.InvoiceKind;
import fr.agora.domain.invoice.InvoiceLine;
import fr.agora.domain.invoice.InvoiceRequest;
import fr.agora.domain.invoice.Reduction;
import fr.agora.domain.invoice.VatRounding;
import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice to compute; {@code date} (whose rates apply) defaults to today. Self-validating: building it checks
 * every field through {@link InvoiceRequest} and names the offending one.
 */
public record ComputeInvoiceCommand(LocalDate date, List<InvoiceLine> lines, List<Reduction> reductions,
        BigDecimal cashDiscountRate, Money shipping, Money deposit, VatRounding vatRounding, InvoiceKind kind,
        List<AccessoryCharge> accessories, String customerVatNumber, boolean vatOnReceipts) {

    public ComputeInvoiceCommand {
        Amounts.required(lines, "lines");
        // validates now, with a placeholder date when none is given (the rates are looked up later)
        new InvoiceRequest(date == null ? LocalDate.of(2000, 1, 1) : date, lines, reductions, cashDiscountRate, shipping,
                deposit, vatRounding, kind, accessories, customerVatNumber, vatOnReceipts);
    }

    public ComputeInvoiceCommand(LocalDate date, List<InvoiceLine> lines, List<Reduction> reductions,
            BigDecimal cashDiscountRate, Money shipping, Money deposit, VatRounding vatRounding, InvoiceKind kind) {
        this(date, lines, reductions, cashDiscountRate, shipping, deposit, vatRounding, kind, null, null, false);
    }

    public InvoiceRequest toRequest(LocalDate defaultDate) {
        return new InvoiceRequest(date == null ? defaultDate : date, lines, reductions, cashDiscountRate, shipping,
                deposit, vatRounding, kind, accessories, customerVatNumber, vatOnReceipts);
    }
}
