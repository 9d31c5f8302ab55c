package fr.agora.application.service.invoice;

import fr.agora.application.port.in.invoice.GenerateFacturXCommand;
import fr.agora.application.port.in.invoice.GenerateFacturXUseCase;
import fr.agora.application.port.out.invoice.RenderEInvoicePort;
import fr.agora.domain.invoice.EInvoice;
import fr.agora.domain.invoice.InvoiceCalculator;
import fr.agora.domain.invoice.InvoiceComputation;
import fr.agora.domain.invoice.InvoiceRequest;
import fr.agora.domain.invoice.VatRounding;
import fr.agora.domain.shared.RuleViolationException;
import fr.agora.domain.tva.VatRateTable;
import java.time.Clock;
import java.time.LocalDate;

/** The same computation as {@code POST /invoices/compute}, then written as Factur-X by the format adapter. */
public final class GenerateFacturXService implements GenerateFacturXUseCase {

    private final InvoiceCalculator calculator;
    private final RenderEInvoicePort renderer;
    private final Clock clock;

    public GenerateFacturXService(VatRateTable rates, RenderEInvoicePort renderer, Clock clock) {
        this.calculator = new InvoiceCalculator(rates);
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public FacturXDocument generate(GenerateFacturXCommand c) {
        InvoiceRequest request = c.invoice().toRequest(LocalDate.now(clock));
        if (request.rounding() == VatRounding.PER_LINE) {
            throw new RuleViolationException("facturx-per-line-rounding", "invoice.vatRounding", "EN 16931 computes each "
                    + "rate's TVA from its base (BR-CO-17): issue the e-invoice with PER_RATE rounding");
        }
        InvoiceComputation computation = calculator.compute(request);
        if (!computation.issuable()) {
            throw new RuleViolationException("invoice-not-issuable", "invoice", "the invoice cannot be issued: "
                    + computation.problems().get(0).message());
        }
        EInvoice invoice = new EInvoice(c.number().trim(), c.issueDate(), c.dueDate(), c.seller(), c.buyer(), request, computation);
        RenderEInvoicePort.Rendered rendered = renderer.render(invoice);
        return new FacturXDocument(rendered.pdf(), rendered.xml(), computation);
    }
}
