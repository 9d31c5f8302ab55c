package fr.agora.domain.tva;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * HT ↔ TTC at one rate, both ways, each result exact to the cent.
 *
 * <ul>
 *   <li>From HT: TVA = HT × t rounded HALF_UP to the cent; TTC = HT + TVA.</li>
 *   <li>From TTC: HT = TTC ÷ (1 + t) rounded HALF_UP to the cent; TVA = TTC − HT (so TTC is kept exactly).</li>
 * </ul>
 * The identity TTC = HT + TVA holds exactly in both directions.
 */
public final class VatConversion {

    public enum From { HT, TTC }

    public static final String RULE_FROM_HT = "TVA = HT × rate rounded half-up to the cent; TTC = HT + TVA";
    public static final String RULE_FROM_TTC = "HT = TTC ÷ (1 + rate) rounded half-up to the cent; TVA = TTC − HT";

    public record Result(Money exclVat, Money vat, Money inclVat, VatRate rate, String rule) {
    }

    private VatConversion() {
    }

    public static Result convert(Money amount, VatRate rate, From from) {
        if (from == From.HT) {
            Money vat = amount.percent(rate.percent(), Money.HALF_UP);
            return new Result(amount, vat, amount.plus(vat), rate, RULE_FROM_HT);
        }
        BigDecimal divisor = BigDecimal.ONE.add(rate.fraction());
        // divide(…, scale, mode) rounds the exact quotient once: no double rounding
        Money ht = Money.of(amount.amount().divide(divisor, Money.SCALE, RoundingMode.HALF_UP));
        return new Result(ht, amount.minus(ht), amount, rate, RULE_FROM_TTC);
    }
}
