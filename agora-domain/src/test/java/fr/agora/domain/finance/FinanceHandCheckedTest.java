package fr.agora.domain.finance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import fr.agora.domain.treasury.SelfFinancingCapacity;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: a textbook SIG, the CAF cross-checked by the two methods (PCG système développé; additive from the
 * result, subtractive from the EBE), and a functional balance sheet with FRNG − BFR = TN, all by hand.
 */
class FinanceHandCheckedTest {

    static Money k(long thousands) {
        return Money.ofCents(thousands * 100_000);
    }

    static Money m(String s) {
        return Money.of(s);
    }

    /**
     * Marge = 500 − (300 − 10) = 210; production = 200 + 5 = 205; consommation = 80 + 2 + 60 = 142;
     * VA = 210 + 205 − 142 = 273; EBE = 273 + 3 − 8 − 150 = 118; RE = 118 + 1 + 0.5 − 30 − 1.5 = 88;
     * RCAI = 88 + 2 − 6 = 84; exceptionnel = 4 − 1 = 3; net = 84 + 3 − 2 − 20 = 65 (k€).
     * Check: produits 715.5 − charges 650.5 = 65.
     * CAF additive = 65 + 30 − 1 = 94; subtractive = EBE 118 + 0.5 − 1.5 + 2 − 6 + 4 − 1 − 2 − 20 = 94.
     */
    @Test
    void sig_and_the_caf_by_both_methods() {
        IntermediateBalances.Result r = IntermediateBalances.compute(new IntermediateBalances.IncomeStatement(
                k(500), k(300), k(-10), k(200), k(5), Money.ZERO, k(80), k(2), k(60), k(3), k(8), k(150), k(1),
                m("500"), k(30), m("1500"), k(2), k(6), k(4), k(1), k(2), k(20)));
        assertThat(r.commercialMargin()).isEqualTo(k(210));
        assertThat(r.production()).isEqualTo(k(205));
        assertThat(r.thirdPartyConsumption()).isEqualTo(k(142));
        assertThat(r.valueAdded()).isEqualTo(k(273));
        assertThat(r.grossOperatingSurplus()).isEqualTo(k(118));
        assertThat(r.operatingResult()).isEqualTo(k(88));
        assertThat(r.currentResultBeforeTax()).isEqualTo(k(84));
        assertThat(r.exceptionalResult()).isEqualTo(k(3));
        assertThat(r.netResult()).isEqualTo(k(65));
        assertThat(r.totalIncome().minus(r.totalCharges())).isEqualTo(k(65));
        SelfFinancingCapacity.Result caf = SelfFinancingCapacity.compute(new SelfFinancingCapacity.Input(r.netResult(),
                k(30), k(1), Money.ZERO, Money.ZERO, Money.ZERO, k(10)));
        Money subtractive = r.grossOperatingSurplus().plus(m("500")).minus(m("1500")).plus(k(2)).minus(k(6)).plus(k(4))
                .minus(k(1)).minus(k(2)).minus(k(20));
        assertThat(caf.caf()).isEqualTo(k(94)).isEqualTo(subtractive);
        assertThat(caf.selfFinancing()).isEqualTo(k(84));
    }

    /**
     * RS = 300 + 120 + 180 = 600; FRNG = 600 − 450 = 150; BFRE = 80 + 120 + 10 − 90 − 40 = 80; BFRHE = 5 − 15 = −10;
     * BFR = 70; TN = 100 − 20 = 80 = FRNG − BFR (k€).
     */
    @Test
    void functional_balance_sheet() {
        FunctionalBalanceSheet.Result r = FunctionalBalanceSheet.compute(new FunctionalBalanceSheet.Input(k(300), k(120),
                k(180), k(450), k(80), k(120), k(10), k(5), k(100), k(90), k(40), k(15), k(20)));
        assertThat(r.stableResources()).isEqualTo(k(600));
        assertThat(r.frng()).isEqualTo(k(150));
        assertThat(r.operatingWcr()).isEqualTo(k(80));
        assertThat(r.nonOperatingWcr()).isEqualTo(k(-10));
        assertThat(r.wcr()).isEqualTo(k(70));
        assertThat(r.netCash()).isEqualTo(k(80));
        assertThat(r.totalUses()).isEqualTo(r.totalResources());
    }
}
