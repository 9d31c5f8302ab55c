package fr.agora.application.port.in.tva;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.MarginScheme;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A sale under a margin regime; {@code vatRate} defaults to 20 % and {@code date} (whose rates apply) to today. */
public record ComputeMarginVatCommand(MarginScheme.Regime regime, Money salePrice, Money costs, BigDecimal vatRate,
        LocalDate date) {

    public ComputeMarginVatCommand {
        Amounts.required(regime, "regime");
        Amounts.required(salePrice, "salePrice");
        Amounts.required(costs, "costs");
        vatRate = vatRate == null ? BigDecimal.valueOf(20) : Amounts.requireScale(vatRate, 2, "vatRate");
    }
}
