package fr.agora.domain.tva;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * TVA sur la marge: the tax is due on the margin, not on the price, and it is included in the margin (RULES-REFERENCE
 * §1; CGI art. 297 A for second-hand goods bought from non-liable sellers, art. 266-1-e for travel agencies):
 * <ul>
 *   <li>margin TTC = sale price − purchase price (second-hand goods) or − the costs bought from other taxable persons
 *       for the direct benefit of the traveller (travel agencies); a margin ≤ 0 carries no TVA and is not set off
 *       against another operation's margin (item-by-item regime);</li>
 *   <li>TVA = margin TTC × rate / (1 + rate), rounded half up to the cent; margin HT = margin TTC − TVA;</li>
 *   <li>the invoice shows no TVA (CGI art. 297 E) and carries the mention of the regime (CGI ann. II art. 242 nonies
 *       A, I-16°; directive 2006/112/CE art. 226, 13° and 14°).</li>
 * </ul>
 */
public final class MarginScheme {

    /** The regimes taught in 2.2.4, with the mention their invoices carry. */
    public enum Regime {
        SECOND_HAND_GOODS("Régime particulier – Biens d'occasion", "CGI art. 297 A, 297 E; ann. II art. 242 nonies A, I-16°"),
        TRAVEL_AGENCY("Régime particulier – Agences de voyages", "CGI art. 266-1-e, 268 bis; ann. II art. 242 nonies A, I-16°");

        private final String mention;
        private final String source;

        Regime(String mention, String source) {
            this.mention = mention;
            this.source = source;
        }

        public String mention() {
            return mention;
        }

        public String source() {
            return source;
        }
    }

    /** The margin and the TVA it includes, with the mention and the rule applied. */
    public record Result(Regime regime, Money salePrice, Money costs, Money marginInclVat, BigDecimal vatRate,
            Money vat, Money marginExclVat, String mention, String rule, String source) {
    }

    private final VatRateTable rates;

    public MarginScheme(VatRateTable rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /**
     * @param salePrice the price paid by the customer, TTC
     * @param costs     the purchase price of the good, or the travel services bought for the traveller, TTC
     */
    public Result compute(Regime regime, Money salePrice, Money costs, BigDecimal vatRate, LocalDate date) {
        Amounts.required(regime, "regime");
        nonNegative(Amounts.required(salePrice, "salePrice"), "salePrice");
        nonNegative(Amounts.required(costs, "costs"), "costs");
        VatRate rate = rates.rateFor(vatRate, date, "vatRate");
        Money margin = salePrice.minus(costs);
        Money vat = margin.isPositive() ? vatIncludedIn(margin, rate) : Money.ZERO;
        Money taxedMargin = margin.isPositive() ? margin : Money.ZERO;
        return new Result(regime, salePrice, costs, margin, rate.percent(), vat, taxedMargin.minus(vat), regime.mention(),
                "TVA = margin TTC × " + rate.percent().toPlainString() + " / (100 + " + rate.percent().toPlainString()
                        + "), half up to the cent; a margin ≤ 0 carries no TVA; the invoice shows no TVA (CGI art. 297 E)",
                regime.source() + "; rate: " + rate.source());
    }

    /** TTC × bp / (10 000 + bp) in cents, half up: the TVA included in an amount TTC. */
    static Money vatIncludedIn(Money inclVat, VatRate rate) {
        long bp = rate.basisPoints();
        BigDecimal cents = BigDecimal.valueOf(inclVat.cents()).multiply(BigDecimal.valueOf(bp))
                .divide(BigDecimal.valueOf(10_000 + bp), 0, Money.HALF_UP);
        return Money.ofCents(cents.longValueExact());
    }

    private static void nonNegative(Money m, String field) {
        if (m.isNegative()) {
            throw new InvalidInputException("negative-value", field, "'" + field + "' must not be negative", Map.of());
        }
    }
}
