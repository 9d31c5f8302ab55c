package fr.agora.application.service.invoice;

import fr.agora.application.port.in.invoice.ReadFacturXCommand;
import fr.agora.application.port.in.invoice.ReadFacturXUseCase;
import fr.agora.application.port.out.invoice.ReadEInvoicePort;
import fr.agora.domain.invoice.EInvoiceReading;

/** Reads a Factur-X invoice back through the format adapter. */
public final class ReadFacturXService implements ReadFacturXUseCase {

    private final ReadEInvoicePort reader;

    public ReadFacturXService(ReadEInvoicePort reader) {
        this.reader = reader;
    }

    @Override
    public EInvoiceReading read(ReadFacturXCommand command) {
        return reader.read(command.content());
    }
}
