package fr.agora.domain.stock;

import fr.agora.domain.shared.DomainException;
import java.math.BigDecimal;
import java.util.Map;

/** An exit asks for more than the stock holds (and negative stock is not allowed): a business-rule refusal. */
public class InsufficientStockException extends DomainException {

    public InsufficientStockException(int index, BigDecimal requested, BigDecimal available) {
        super(Kind.RULE_VIOLATION, "insufficient-stock", "movements[" + index + "].quantity",
                "exit of " + requested.toPlainString() + " exceeds the " + available.toPlainString() + " in stock",
                Map.of("requested", requested.toPlainString(), "available", available.toPlainString()));
    }
}
