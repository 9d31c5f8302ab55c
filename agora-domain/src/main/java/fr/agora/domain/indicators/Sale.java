package fr.agora.domain.indicators;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A sales line (HT): on {@code date}, in order {@code orderId}, to a customer of {@code customerType} (e.g.
 * "particulier", "professionnel"), {@code quantity} of {@code product} at {@code unitPrice}, whose purchase or
 * production cost is {@code unitCost}. Turnover and cost of the line are rounded half up to the cent.
 */
public record Sale(LocalDate date, String orderId, String customerType, String product, BigDecimal quantity, Money unitPrice,
        Money unitCost) {

    public Sale {
        if (date == null || date.getYear() < 1900 || date.getYear() > 2999) {
            throw new InvalidInputException("date", "is required, a year between 1900 and 2999");
        }
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerType, "customerType");
        Objects.requireNonNull(product, "product");
        if (quantity == null || quantity.signum() == 0) {
            throw new InvalidInputException("quantity", "must not be zero (a return is a negative quantity)");
        }
        if (unitPrice == null || unitPrice.isNegative()) {
            throw new InvalidInputException("unitPrice", "must be zero or more");
        }
        if (unitCost == null || unitCost.isNegative()) {
            throw new InvalidInputException("unitCost", "must be zero or more");
        }
    }

    Money turnover() {
        return unitPrice.times(quantity, Money.HALF_UP);
    }

    Money cost() {
        return unitCost.times(quantity, Money.HALF_UP);
    }
}
