package fr.agora.application.port.in.tva;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.VatConversion;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code date} (whose rates apply) defaults to today. */
public record ConvertVatCommand(Money amount, BigDecimal vatRate, VatConversion.From from, LocalDate date) {
    public ConvertVatCommand {
        Amounts.required(amount, "amount");
        Amounts.required(vatRate, "vatRate");
        Amounts.requireScale(vatRate, 2, "vatRate");
        Amounts.required(from, "from");
    }
}
