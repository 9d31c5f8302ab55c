package fr.agora.domain.treasury;

import fr.agora.domain.shared.Money;

/**
 * Capacité d'autofinancement by the additive method, from the net result: the result plus the charges that are not
 * paid out (charges calculées non décaissables: dotations 681, 686, 687; valeur comptable des éléments d'actif cédés
 * 675) less the products that are not cashed (reprises 781, 786, 787; produits des cessions d'éléments d'actif 775;
 * quote-part des subventions d'investissement virée au résultat 777). Exact at the cent. Entry point:
 * {@link #compute(Input)}. Autofinancement = CAF − dividends paid during the year.
 */
public final class SelfFinancingCapacity {

    private SelfFinancingCapacity() {
    }

    /** Amounts of the income statement; only {@code netResult} may be negative (a loss). */
    public record Input(Money netResult, Money depreciationAllowances, Money reversals, Money bookValueOfAssetsSold,
                        Money proceedsOfAssetsSold, Money investmentSubsidiesReleased, Money dividends) {
    }

    public record Result(Money netResult, Money nonCashCharges, Money nonCashProducts, Money caf,
                         Money selfFinancing, String rule) {
    }

    public static Result compute(Input in) {
        Money charges = in.depreciationAllowances().plus(in.bookValueOfAssetsSold());
        Money products = in.reversals().plus(in.proceedsOfAssetsSold()).plus(in.investmentSubsidiesReleased());
        Money caf = in.netResult().plus(charges).minus(products);
        return new Result(in.netResult(), charges, products, caf, caf.minus(in.dividends()),
                "CAF = résultat net + dotations (681, 686, 687) + VNC des éléments cédés (675) − reprises (781, 786, 787) "
                        + "− produits de cession (775) − quote-part des subventions virée (777); autofinancement = CAF − dividendes");
    }
}
