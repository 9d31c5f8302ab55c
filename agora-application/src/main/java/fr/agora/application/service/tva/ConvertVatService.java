package fr.agora.application.service.tva;

import fr.agora.application.port.in.tva.ConvertVatCommand;
import fr.agora.application.port.in.tva.ConvertVatUseCase;
import fr.agora.domain.tva.VatConversion;
import fr.agora.domain.tva.VatRateTable;
import java.time.Clock;
import java.time.LocalDate;

public final class ConvertVatService implements ConvertVatUseCase {

    private final VatRateTable rates;
    private final Clock clock;

    public ConvertVatService(VatRateTable rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    @Override
    public VatConversion.Result convert(ConvertVatCommand c) {
        LocalDate date = c.date() == null ? LocalDate.now(clock) : c.date();
        return VatConversion.convert(c.amount(), rates.rateFor(c.vatRate(), date, "vatRate"), c.from());
    }
}
