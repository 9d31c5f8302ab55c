package fr.agora.application.port.in.tva;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;
import fr.agora.domain.tva.VatConversion;
import java.math.BigDecimal;
import java.time.LocalDate;

/** HT ↔ TTC at a dated rate, with the rounding rule stated in the result. */
public interface ConvertVatUseCase {

    VatConversion.Result convert(Command command);

    /** {@code date} (whose rates apply) defaults to today. */
    record Command(Money amount, BigDecimal vatRate, VatConversion.From from, LocalDate date) {
        public Command {
            Amounts.required(amount, "amount");
            Amounts.required(vatRate, "vatRate");
            Amounts.requireScale(vatRate, 2, "vatRate");
            Amounts.required(from, "from");
        }
    }
}
