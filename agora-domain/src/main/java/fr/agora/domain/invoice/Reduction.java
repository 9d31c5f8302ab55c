package fr.agora.domain.invoice;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;

/** A commercial reduction: either a rate (per cent of the current net) or a fixed amount, never both. */
public record Reduction(ReductionType type, BigDecimal rate, Money amount) {

    public static Reduction rate(ReductionType type, String percent) {
        return new Reduction(type, new BigDecimal(percent), null);
    }

    public static Reduction amount(ReductionType type, String amount) {
        return new Reduction(type, null, Money.of(amount));
    }
}
