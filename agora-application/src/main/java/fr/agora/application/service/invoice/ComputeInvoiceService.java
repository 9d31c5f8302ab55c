package fr.agora.application.service.invoice;

import fr.agora.application.port.in.invoice.ComputeInvoiceCommand;
import fr.agora.application.port.in.invoice.ComputeInvoiceUseCase;
import fr.agora.domain.invoice.InvoiceCalculator;
import fr.agora.domain.invoice.InvoiceComputation;
import fr.agora.domain.tva.VatRateTable;
import java.time.Clock;
import java.time.LocalDate;

public final class ComputeInvoiceService implements ComputeInvoiceUseCase {

    private final InvoiceCalculator calculator;
    private final Clock clock;

    public ComputeInvoiceService(VatRateTable rates, Clock clock) {
        this.calculator = new InvoiceCalculator(rates);
        this.clock = clock;
    }

    @Override
    public InvoiceComputation compute(ComputeInvoiceCommand command) {
        return calculator.compute(command.toRequest(LocalDate.now(clock)));
    }
}
