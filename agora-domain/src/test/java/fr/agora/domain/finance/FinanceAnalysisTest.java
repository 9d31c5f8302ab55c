package fr.agora.domain.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.Money;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Functional balance sheet, SIG and ratios on a hand-built company (every figure computed below). */
class FinanceAnalysisTest {

    private static Money m(String s) {
        return Money.of(s);
    }

    static FunctionalBalanceSheet.Input balanced(String cash) {
        return new FunctionalBalanceSheet.Input(m("120000"), m("40000"), m("60000"), m("180000"), m("30000"), m("45000"),
                m("5000"), m("2000"), m(cash), m("35000"), m("15000"), m("4000"), m("3000"));
    }

    @Test
    void functional_balance_sheet_checks_frng_minus_bfr_equals_net_cash() {
        // ressources stables 120 000 + 40 000 + 60 000 = 220 000; FRNG = 220 000 − 180 000 = 40 000
        // BFRE = 30 000 + 45 000 + 5 000 − 35 000 − 15 000 = 30 000; BFRHE = 2 000 − 4 000 = −2 000; BFR 28 000
        // TN = 15 000 − 3 000 = 12 000 = 40 000 − 28 000; totals 277 000 each side
        FunctionalBalanceSheet.Result r = FunctionalBalanceSheet.compute(balanced("15000"));
        assertThat(r.stableResources().toString()).isEqualTo("220000.00");
        assertThat(r.frng().toString()).isEqualTo("40000.00");
        assertThat(r.operatingWcr().toString()).isEqualTo("30000.00");
        assertThat(r.nonOperatingWcr().toString()).isEqualTo("-2000.00");
        assertThat(r.wcr().toString()).isEqualTo("28000.00");
        assertThat(r.netCash().toString()).isEqualTo("12000.00");
        assertThat(r.totalUses()).isEqualTo(r.totalResources());
        assertThatThrownBy(() -> FunctionalBalanceSheet.compute(balanced("16000")))
                .isInstanceOf(UnbalancedBalanceSheetException.class)
                .satisfies(e -> assertThat(((UnbalancedBalanceSheetException) e).details()).containsEntry("difference", "1000.00"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 7, 11, 19, 23, 29, 31, 37})
    void the_identity_holds_for_any_balanced_sheet(long seed) {
        Random rnd = new Random(seed);
        Money[] v = new Money[12];
        for (int i = 0; i < v.length; i++) {
            v[i] = Money.ofCents(rnd.nextInt(100_000_000));
        }
        // uses: fixed, inventories, trade, other, non-op receivables, cash; resources: equity balances the sheet
        Money uses = v[0].plus(v[1]).plus(v[2]).plus(v[3]).plus(v[4]).plus(v[5]);
        Money others = v[6].plus(v[7]).plus(v[8]).plus(v[9]).plus(v[10]).plus(v[11]);
        FunctionalBalanceSheet.Result r = FunctionalBalanceSheet.compute(new FunctionalBalanceSheet.Input(uses.minus(others),
                v[6], v[7], v[0], v[1], v[2], v[3], v[4], v[5], v[8], v[9], v[10], v[11]));
        assertThat(r.frng().minus(r.wcr())).isEqualTo(r.netCash());
    }

    @Test
    void soldes_intermediaires_de_gestion() {
        // MC = 500 000 − (300 000 − 10 000) = 210 000; production 100 000 + 5 000 = 105 000
        // consommations 40 000 + 2 000 + 60 000 = 102 000; VA = 210 000 + 105 000 − 102 000 = 213 000
        // EBE = 213 000 + 3 000 − 8 000 − 120 000 = 88 000; RE = 88 000 + 1 000 + 500 − 25 000 − 1 500 = 63 000
        // RCAI = 63 000 + 700 − 4 700 = 59 000; exceptionnel 1 000; net = 59 000 + 1 000 − 15 000 = 45 000
        IntermediateBalances.Result r = IntermediateBalances.compute(new IntermediateBalances.IncomeStatement(m("500000"),
                m("300000"), m("-10000"), m("100000"), m("5000"), null, m("40000"), m("2000"), m("60000"), m("3000"),
                m("8000"), m("120000"), m("1000"), m("500"), m("25000"), m("1500"), m("700"), m("4700"), m("2000"),
                m("1000"), null, m("15000")));
        assertThat(r.commercialMargin().toString()).isEqualTo("210000.00");
        assertThat(r.valueAdded().toString()).isEqualTo("213000.00");
        assertThat(r.grossOperatingSurplus().toString()).isEqualTo("88000.00");
        assertThat(r.operatingResult().toString()).isEqualTo("63000.00");
        assertThat(r.currentResultBeforeTax().toString()).isEqualTo("59000.00");
        assertThat(r.netResult().toString()).isEqualTo("45000.00");
        // total produits 612 200 − total charges 567 200 = 45 000: the cascade agrees with the compte de résultat
        assertThat(r.totalIncome().toString()).isEqualTo("612200.00");
        assertThat(r.totalIncome().minus(r.totalCharges())).isEqualTo(r.netResult());
        assertThat(r.turnover().toString()).isEqualTo("600000.00");
    }

    @Test
    void ratios() {
        // liquidité générale (30 + 48 + 2 + 20) / 50 = 2; réduite 70 / 50 = 1.4; immédiate 0.4
        // solvabilité 300 / (100 + 50) = 2; autonomie 150 / 300 = 0.5; endettement 100 / 150 = 0.67
        // rentabilité commerciale 30 / 400 = 7.5 %; financière 30 / 150 = 20 %; économique 50 / 250 = 20 %
        // délai clients 48 000 × 360 / 480 000 = 36 days; fournisseurs 40 000 × 360 / 240 000 = 60 days
        FinancialRatios.Result r = FinancialRatios.compute(new FinancialRatios.Input(m("30000"), m("48000"), m("2000"),
                m("20000"), m("50000"), m("150000"), m("100000"), m("300000"), m("30000"), m("50000"), m("400000"),
                m("480000"), m("240000"), m("40000"), null));
        assertThat(r.currentRatio()).isEqualByComparingTo("2");
        assertThat(r.quickRatio()).isEqualByComparingTo("1.4");
        assertThat(r.cashRatio()).isEqualByComparingTo("0.4");
        assertThat(r.generalSolvency()).isEqualByComparingTo("2");
        assertThat(r.financialAutonomy()).isEqualByComparingTo("0.5");
        assertThat(r.gearing()).isEqualByComparingTo("0.67");
        assertThat(r.commercialProfitability()).isEqualByComparingTo("7.5");
        assertThat(r.returnOnEquity()).isEqualByComparingTo("20");
        assertThat(r.economicProfitability()).isEqualByComparingTo("20");
        assertThat(r.customerPaymentDays()).isEqualByComparingTo("36");
        assertThat(r.supplierPaymentDays()).isEqualByComparingTo("60");
        // no short-term debt: the liquidity ratios are absent, not infinite
        assertThat(FinancialRatios.compute(new FinancialRatios.Input(m("1"), m("1"), m("0"), m("1"), m("0"), m("1"), m("0"),
                m("3"), m("0"), m("0"), m("1"), m("1"), m("1"), m("0"), 365)).currentRatio()).isNull();
    }
}
