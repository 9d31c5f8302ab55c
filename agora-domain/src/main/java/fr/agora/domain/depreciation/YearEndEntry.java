package fr.agora.domain.depreciation;

import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.Money;
import java.util.List;

/**
 * The inventory entry of an annuity (../shared/RULES-REFERENCE.md §8): debit 6811 <i>Dotations aux amortissements
 * des immobilisations incorporelles et corporelles</i>, credit 28… the depreciation account of the asset (PCG: 28
 * followed by the asset account without its leading 2: 2183 → 28183, 2154 → 28154, 205 → 2805).
 */
public final class YearEndEntry {

    public static final String ALLOWANCE_ACCOUNT = "6811";

    private YearEndEntry() {
    }

    public static String depreciationAccount(String assetAccount) {
        return "28" + assetAccount.substring(1);
    }

    public static List<EntryLine> of(String assetAccount, Money annuity, int fiscalYear) {
        String label = "Dotation aux amortissements " + fiscalYear;
        return List.of(EntryLine.debit(ALLOWANCE_ACCOUNT, label, annuity),
                EntryLine.credit(depreciationAccount(assetAccount), label, annuity));
    }
}
