package fr.agora.domain.finance;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;

/**
 * Soldes intermédiaires de gestion (PCG système développé, tableau des SIG) from an income statement:
 * <ul>
 *   <li>marge commerciale = ventes de marchandises − (achats de marchandises ± variation de stock 6037);</li>
 *   <li>production de l'exercice = production vendue + production stockée + production immobilisée;</li>
 *   <li>valeur ajoutée = marge commerciale + production − consommations en provenance de tiers (achats de matières ±
 *   variation 6031/6032 + autres achats et charges externes);</li>
 *   <li>EBE = VA + subventions d'exploitation − impôts et taxes − charges de personnel;</li>
 *   <li>résultat d'exploitation = EBE + reprises et transferts de charges + autres produits − dotations − autres
 *   charges;</li>
 *   <li>RCAI = résultat d'exploitation + produits financiers − charges financières;</li>
 *   <li>résultat exceptionnel = produits exceptionnels − charges exceptionnelles;</li>
 *   <li>résultat de l'exercice = RCAI + résultat exceptionnel − participation des salariés − impôt sur les
 *   bénéfices (= total produits − total charges, both returned; a test checks the identity).</li>
 * </ul>
 * Variations are the PCG's 603 balances (stock initial − stock final: positive when the stock fell); production
 * stockée may be negative. Exact at the cent. Entry point: {@link #compute(IncomeStatement)}.
 */
public final class IntermediateBalances {

    private IntermediateBalances() {
    }

    /** The income statement's items; all ≥ 0 except the two inventory changes and the stored production. */
    public record IncomeStatement(Money salesOfGoods, Money purchasesOfGoods, Money goodsInventoryChange,
                                  Money soldProduction, Money storedProduction, Money capitalisedProduction,
                                  Money rawMaterialsPurchases, Money rawMaterialsInventoryChange,
                                  Money otherExternalCharges, Money operatingSubsidies, Money taxes,
                                  Money personnelCosts, Money reversalsAndTransfers, Money otherOperatingIncome,
                                  Money depreciationAllowances, Money otherOperatingCharges, Money financialIncome,
                                  Money financialCharges, Money exceptionalIncome, Money exceptionalCharges,
                                  Money employeeProfitSharing, Money incomeTax) {
        public IncomeStatement {
            salesOfGoods = nonNegative("salesOfGoods", salesOfGoods);
            purchasesOfGoods = nonNegative("purchasesOfGoods", purchasesOfGoods);
            goodsInventoryChange = orZero(goodsInventoryChange);
            soldProduction = nonNegative("soldProduction", soldProduction);
            storedProduction = orZero(storedProduction);
            capitalisedProduction = nonNegative("capitalisedProduction", capitalisedProduction);
            rawMaterialsPurchases = nonNegative("rawMaterialsPurchases", rawMaterialsPurchases);
            rawMaterialsInventoryChange = orZero(rawMaterialsInventoryChange);
            otherExternalCharges = nonNegative("otherExternalCharges", otherExternalCharges);
            operatingSubsidies = nonNegative("operatingSubsidies", operatingSubsidies);
            taxes = nonNegative("taxes", taxes);
            personnelCosts = nonNegative("personnelCosts", personnelCosts);
            reversalsAndTransfers = nonNegative("reversalsAndTransfers", reversalsAndTransfers);
            otherOperatingIncome = nonNegative("otherOperatingIncome", otherOperatingIncome);
            depreciationAllowances = nonNegative("depreciationAllowances", depreciationAllowances);
            otherOperatingCharges = nonNegative("otherOperatingCharges", otherOperatingCharges);
            financialIncome = nonNegative("financialIncome", financialIncome);
            financialCharges = nonNegative("financialCharges", financialCharges);
            exceptionalIncome = nonNegative("exceptionalIncome", exceptionalIncome);
            exceptionalCharges = nonNegative("exceptionalCharges", exceptionalCharges);
            employeeProfitSharing = nonNegative("employeeProfitSharing", employeeProfitSharing);
            incomeTax = nonNegative("incomeTax", incomeTax);
        }

        private static Money orZero(Money m) {
            return m == null ? Money.ZERO : m;
        }

        private static Money nonNegative(String field, Money m) {
            if (m != null && m.isNegative()) {
                throw new InvalidInputException(field, "must not be negative");
            }
            return orZero(m);
        }
    }

    public record Result(Money turnover, Money commercialMargin, Money production, Money thirdPartyConsumption,
                         Money valueAdded, Money grossOperatingSurplus, Money operatingResult,
                         Money currentResultBeforeTax, Money exceptionalResult, Money netResult, Money totalIncome,
                         Money totalCharges) {
    }

    public static Result compute(IncomeStatement s) {
        Money margin = s.salesOfGoods().minus(s.purchasesOfGoods().plus(s.goodsInventoryChange()));
        Money production = s.soldProduction().plus(s.storedProduction()).plus(s.capitalisedProduction());
        Money consumption = s.rawMaterialsPurchases().plus(s.rawMaterialsInventoryChange()).plus(s.otherExternalCharges());
        Money va = margin.plus(production).minus(consumption);
        Money ebe = va.plus(s.operatingSubsidies()).minus(s.taxes()).minus(s.personnelCosts());
        Money re = ebe.plus(s.reversalsAndTransfers()).plus(s.otherOperatingIncome()).minus(s.depreciationAllowances())
                .minus(s.otherOperatingCharges());
        Money rcai = re.plus(s.financialIncome()).minus(s.financialCharges());
        Money exceptional = s.exceptionalIncome().minus(s.exceptionalCharges());
        Money net = rcai.plus(exceptional).minus(s.employeeProfitSharing()).minus(s.incomeTax());
        Money income = s.salesOfGoods().plus(production).plus(s.operatingSubsidies()).plus(s.reversalsAndTransfers())
                .plus(s.otherOperatingIncome()).plus(s.financialIncome()).plus(s.exceptionalIncome());
        Money charges = s.purchasesOfGoods().plus(s.goodsInventoryChange()).plus(consumption).plus(s.taxes())
                .plus(s.personnelCosts()).plus(s.depreciationAllowances()).plus(s.otherOperatingCharges())
                .plus(s.financialCharges()).plus(s.exceptionalCharges()).plus(s.employeeProfitSharing())
                .plus(s.incomeTax());
        return new Result(s.salesOfGoods().plus(s.soldProduction()), margin, production, consumption, va, ebe, re, rcai,
                exceptional, net, income, charges);
    }
}
