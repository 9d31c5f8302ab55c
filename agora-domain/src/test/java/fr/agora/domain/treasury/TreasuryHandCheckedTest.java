package fr.agora.domain.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.EntryLine;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Audit 2026-12: cash budget and cash count by hand (../shared/RULES-REFERENCE.md §10). */
class TreasuryHandCheckedTest {

    @Test
    void cash_budget_of_one_month_going_negative() {
        // 1 000 + 500 − 2 000 = −500: negative, financing need 500
        CashBudget.Result r = CashBudget.compute(Money.of("1000"), List.of(CashBudget.Month.of("Janvier", "500", "2000")));
        assertThat(r.months()).singleElement().satisfies(mp -> {
            assertThat(mp.closingBalance()).isEqualTo(Money.of("-500"));
            assertThat(mp.negative()).isTrue();
        });
        assertThat(r.financingNeed()).isEqualTo(Money.of("500"));
        assertThat(r.firstNegativeMonth()).isEqualTo("Janvier");
    }

    @Test
    void cash_budget_deepest_month_is_the_need() {
        // 200 → +100 − 400 = −100 → +0 − 250 = −350 → +900 − 0 = 550: need 350 (the deepest), closing 550
        CashBudget.Result r = CashBudget.compute(Money.of("200"), List.of(CashBudget.Month.of("M1", "100", "400"),
                CashBudget.Month.of("M2", "0", "250"), CashBudget.Month.of("M3", "900", "0")));
        assertThat(r.financingNeed()).isEqualTo(Money.of("350"));
        assertThat(r.closingBalance()).isEqualTo(Money.of("550"));
        assertThat(r.totalReceipts().minus(r.totalPayments()).plus(r.openingBalance())).isEqualTo(r.closingBalance());
        // a month at exactly 0 is not negative
        assertThat(CashBudget.compute(Money.of("100"), List.of(CashBudget.Month.of("M", "0", "100"))).months().get(0)
                .negative()).isFalse();
    }

    @Test
    void cash_count_shortfall_and_surplus() {
        // brouillard 1 250.40; counted 2 × 500 + 2 × 100 + 2 × 20 + 5 × 1 + 0.50 = 1 245.50 → shortfall 4.90: D 658 / C 53
        CashCount.Result r = CashCount.check(Money.of("1250.40"), List.of(
                new CashCount.Denomination(new BigDecimal("500"), 2), new CashCount.Denomination(new BigDecimal("100"), 2),
                new CashCount.Denomination(new BigDecimal("20"), 2), new CashCount.Denomination(new BigDecimal("1"), 5),
                new CashCount.Denomination(new BigDecimal("0.50"), 1)), null);
        assertThat(r.counted()).isEqualTo(Money.of("1245.50"));
        assertThat(r.outcome()).isEqualTo(CashCount.Outcome.SHORTFALL);
        assertThat(r.entry()).containsExactly(EntryLine.debit("658", "Manquant de caisse", Money.of("4.90")),
                EntryLine.credit("53", "Manquant de caisse", Money.of("4.90")));
        // counted 1 250.41: surplus 0.01 → D 53 / C 758
        CashCount.Result s = CashCount.check(Money.of("1250.40"), null, Money.of("1250.41"));
        assertThat(s.outcome()).isEqualTo(CashCount.Outcome.SURPLUS);
        assertThat(s.entry()).extracting(EntryLine::account).containsExactly("53", "758");
    }
}
