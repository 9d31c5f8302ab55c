package fr.agora.domain.finance;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;

/**
 * The bilan fonctionnel (../shared/RULES-REFERENCE.md §10) from balance-sheet items at gross values:
 * <ul>
 *   <li>ressources stables = capitaux propres + amortissements, dépréciations et provisions + dettes financières
 *   (concours bancaires courants excluded); emplois stables = actif immobilisé brut;</li>
 *   <li>FRNG = ressources stables − emplois stables;</li>
 *   <li>BFRE = stocks + créances d'exploitation − (fournisseurs + dettes fiscales et sociales); BFRHE = créances
 *   hors exploitation − dettes hors exploitation; BFR = BFRE + BFRHE;</li>
 *   <li>trésorerie nette = trésorerie active (disponibilités, VMP) − trésorerie passive (concours bancaires).</li>
 * </ul>
 * The identity FRNG − BFR = TN holds exactly when total emplois = total ressources: an unbalanced input is refused
 * ({@link UnbalancedBalanceSheetException}, with both totals). Exact at the cent. Entry point: {@link #compute(Input)}.
 */
public final class FunctionalBalanceSheet {

    private FunctionalBalanceSheet() {
    }

    /** The items; all ≥ 0 but the equity (losses can make it negative). */
    public record Input(Money equity, Money depreciationAndProvisions, Money financialDebts, Money grossFixedAssets,
                        Money inventories, Money tradeReceivables, Money otherOperatingReceivables,
                        Money nonOperatingReceivables, Money cash, Money tradePayables, Money taxAndSocialPayables,
                        Money nonOperatingPayables, Money bankOverdrafts) {
        public Input {
            if (equity == null) {
                throw new InvalidInputException("equity", "is required");
            }
            nonNegative("depreciationAndProvisions", depreciationAndProvisions);
            nonNegative("financialDebts", financialDebts);
            nonNegative("grossFixedAssets", grossFixedAssets);
            nonNegative("inventories", inventories);
            nonNegative("tradeReceivables", tradeReceivables);
            nonNegative("otherOperatingReceivables", otherOperatingReceivables);
            nonNegative("nonOperatingReceivables", nonOperatingReceivables);
            nonNegative("cash", cash);
            nonNegative("tradePayables", tradePayables);
            nonNegative("taxAndSocialPayables", taxAndSocialPayables);
            nonNegative("nonOperatingPayables", nonOperatingPayables);
            nonNegative("bankOverdrafts", bankOverdrafts);
        }

        private static void nonNegative(String field, Money m) {
            if (m == null || m.isNegative()) {
                throw new InvalidInputException(field, "must be given and not negative");
            }
        }
    }

    public record Result(Money stableResources, Money stableUses, Money frng, Money operatingWcr, Money nonOperatingWcr,
                         Money wcr, Money activeCash, Money passiveCash, Money netCash, Money totalUses,
                         Money totalResources, boolean identityHolds) {
    }

    public static Result compute(Input in) {
        Money resources = in.equity().plus(in.depreciationAndProvisions()).plus(in.financialDebts());
        Money frng = resources.minus(in.grossFixedAssets());
        Money bfre = in.inventories().plus(in.tradeReceivables()).plus(in.otherOperatingReceivables())
                .minus(in.tradePayables()).minus(in.taxAndSocialPayables());
        Money bfrhe = in.nonOperatingReceivables().minus(in.nonOperatingPayables());
        Money wcr = bfre.plus(bfrhe);
        Money netCash = in.cash().minus(in.bankOverdrafts());
        Money uses = in.grossFixedAssets().plus(in.inventories()).plus(in.tradeReceivables())
                .plus(in.otherOperatingReceivables()).plus(in.nonOperatingReceivables()).plus(in.cash());
        Money totalResources = resources.plus(in.tradePayables()).plus(in.taxAndSocialPayables())
                .plus(in.nonOperatingPayables()).plus(in.bankOverdrafts());
        boolean holds = frng.minus(wcr).equals(netCash);
        if (!holds) {
            throw new UnbalancedBalanceSheetException(uses, totalResources);
        }
        return new Result(resources, in.grossFixedAssets(), frng, bfre, bfrhe, wcr, in.cash(), in.bankOverdrafts(),
                netCash, uses, totalResources, true);
    }
}
