package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A rate that the dated rate table does not know on the date of the operation (never applied, or not yet). */
public class UnknownVatRateException extends InvalidInputException {

    private final BigDecimal rate;
    private final LocalDate date;

    public UnknownVatRateException(BigDecimal rate, LocalDate date, String field) {
        super("unknown-vat-rate", field, "No TVA rate of " + rate.toPlainString() + " % applies on " + date,
                Map.of("rate", rate.toPlainString(), "date", date.toString()));
        this.rate = rate;
        this.date = date;
    }

    public BigDecimal rate() {
        return rate;
    }

    public LocalDate date() {
        return date;
    }
}
