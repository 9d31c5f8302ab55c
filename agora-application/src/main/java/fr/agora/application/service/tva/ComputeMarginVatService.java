package fr.agora.application.service.tva;

import fr.agora.application.port.in.tva.ComputeMarginVatCommand;
import fr.agora.application.port.in.tva.ComputeMarginVatUseCase;
import fr.agora.domain.tva.MarginScheme;
import fr.agora.domain.tva.VatRateTable;
import java.time.Clock;
import java.time.LocalDate;

public final class ComputeMarginVatService implements ComputeMarginVatUseCase {

    private final MarginScheme scheme;
    private final Clock clock;

    public ComputeMarginVatService(VatRateTable rates, Clock clock) {
        this.scheme = new MarginScheme(rates);
        this.clock = clock;
    }

    @Override
    public MarginScheme.Result compute(ComputeMarginVatCommand c) {
        return scheme.compute(c.regime(), c.salePrice(), c.costs(), c.vatRate(), c.date() == null ? LocalDate.now(clock) : c.date());
    }
}
