package fr.agora.domain.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TreasuryTest {

    @Test
    void cash_budget_flags_negative_months_and_the_financing_need() {
        // 5 000 + 12 000 − 15 000 = 2 000; 2 000 + 8 000 − 14 500 = −4 500; −4 500 + 16 000 − 9 000 = 2 500
        CashBudget.Result r = CashBudget.compute(Money.of("5000"), List.of(CashBudget.Month.of("Janvier", "12000", "15000"),
                CashBudget.Month.of("Février", "8000", "14500"), CashBudget.Month.of("Mars", "16000", "9000")));
        assertThat(r.months()).extracting(m -> m.closingBalance().toString()).containsExactly("2000.00", "-4500.00", "2500.00");
        assertThat(r.months()).extracting(CashBudget.MonthPosition::negative).containsExactly(false, true, false);
        assertThat(r.months().get(1).openingBalance().toString()).isEqualTo("2000.00");
        assertThat(r.financingNeed().toString()).isEqualTo("4500.00");
        assertThat(r.firstNegativeMonth()).isEqualTo("Février");
        assertThat(r.alerts()).hasSize(1);
        assertThat(CashBudget.compute(Money.of("1"), List.of(CashBudget.Month.of("M", "0", "0"))).financingNeed().isZero()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    void closing_is_opening_plus_receipts_minus_payments(long seed) {
        Random rnd = new Random(seed);
        Money opening = Money.ofCents(rnd.nextLong(-10_000_000, 10_000_000));
        List<CashBudget.Month> months = new ArrayList<>();
        for (int i = 0; i < 1 + rnd.nextInt(24); i++) {
            months.add(new CashBudget.Month("M" + i, Money.ofCents(rnd.nextInt(5_000_000)), Money.ofCents(rnd.nextInt(5_000_000))));
        }
        CashBudget.Result r = CashBudget.compute(opening, months);
        Money balance = opening;
        Money lowest = Money.ZERO;
        for (int i = 0; i < months.size(); i++) {
            balance = balance.plus(months.get(i).receipts()).minus(months.get(i).payments());
            assertThat(r.months().get(i).closingBalance()).as("seed %d", seed).isEqualTo(balance);
            assertThat(r.months().get(i).negative()).isEqualTo(balance.isNegative());
            lowest = lowest.min(balance);
        }
        assertThat(r.closingBalance()).isEqualTo(opening.plus(r.totalReceipts()).minus(r.totalPayments()));
        assertThat(r.financingNeed()).isEqualTo(lowest.negate());
    }

    @Test
    void cash_count_shortfall_goes_to_658_and_surplus_to_758() {
        // 2 × 50 + 3 × 20 + 4 × 2 + 7 × 0.05 = 168.35 counted against 170.00 → manquant 1.65
        CashCount.Result r = CashCount.check(Money.of("170.00"), List.of(new CashCount.Denomination(new BigDecimal("50"), 2),
                new CashCount.Denomination(new BigDecimal("20"), 3), new CashCount.Denomination(new BigDecimal("2"), 4),
                new CashCount.Denomination(new BigDecimal("0.05"), 7)), null);
        assertThat(r.counted().toString()).isEqualTo("168.35");
        assertThat(r.outcome()).isEqualTo(CashCount.Outcome.SHORTFALL);
        assertThat(r.entry()).extracting(e -> e.account()).containsExactly("658", "53");
        assertThat(r.entry().get(0).debit().toString()).isEqualTo("1.65");
        CashCount.Result s = CashCount.check(Money.of("100"), null, Money.of("100.40"));
        assertThat(s.outcome()).isEqualTo(CashCount.Outcome.SURPLUS);
        assertThat(s.entry()).extracting(e -> e.account()).containsExactly("53", "758");
        assertThat(CashCount.check(Money.of("10"), null, Money.of("10")).entry()).isEmpty();
        assertThatThrownBy(() -> new CashCount.Denomination(new BigDecimal("3"), 1)).hasFieldOrPropertyWithValue("field", "faceValue");
    }

    @Test
    void caf_from_the_result() {
        // 50 000 + 20 000 (681…) + 8 000 (675) − 5 000 (78…) − 10 000 (775) − 2 000 (777) = 61 000; − 15 000 dividends = 46 000
        SelfFinancingCapacity.Result r = SelfFinancingCapacity.compute(new SelfFinancingCapacity.Input(Money.of("50000"),
                Money.of("20000"), Money.of("5000"), Money.of("8000"), Money.of("10000"), Money.of("2000"), Money.of("15000")));
        assertThat(r.caf().toString()).isEqualTo("61000.00");
        assertThat(r.selfFinancing().toString()).isEqualTo("46000.00");
        assertThat(r.nonCashCharges().toString()).isEqualTo("28000.00");
    }
}
