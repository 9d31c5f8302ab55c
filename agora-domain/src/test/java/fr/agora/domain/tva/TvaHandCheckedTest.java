package fr.agora.domain.tva;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: TVA rules recomputed by hand. CA3: notice 3310-CA3-SD (boxes in whole euros, half up; 16 ≥ 23 → TD,
 * else credit 25 → 27), services taxed on receipts (CGI art. 269-2-c); TVA sur la marge (CGI art. 297 A: TVA = margin
 * TTC × rate / (1 + rate)); coefficient de déduction (CGI ann. II art. 206, rounded up at the second decimal); gifts
 * (ann. II art. 206 IV-2-3°, 73 € TTC since 2021, BOI-TVA-DED-30-30-40).
 */
class TvaHandCheckedTest {

    final Ca3Calculator ca3 = new Ca3Calculator(VatRateTable.FRANCE);
    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JAN31 = LocalDate.of(2026, 1, 31);

    static Operation op(OperationKind k, Nature n, String date, String base, String rate) {
        LocalDate d = LocalDate.parse(date);
        return Operation.of(k, n, d, d, List.of(new Operation.Line(base, rate)));
    }

    @Test
    void ca3_boxes_in_euros_and_the_rounding_difference() {
        // sales 1 000.50 @20 % → tax 200.10: 08 base 1 001 (half up), tax 200; purchases 252.50 @20 % → 50.50: 20 = 51
        // 16 = 200; 23 = 51; TD = 149; exact net 200.10 − 50.50 = 149.60 → declared − exact = −0.60 → 758
        Ca3Return r = ca3.compute(JAN1, JAN31, null, null, List.of(
                op(OperationKind.SALE, Nature.GOODS, "2026-01-10", "1000.50", "20"),
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-01-11", "252.50", "20")));
        assertThat(r.baseEuros("08")).isEqualTo(1001);
        assertThat(r.euros("08")).isEqualTo(200);
        assertThat(r.euros("20")).isEqualTo(51);
        assertThat(r.euros("TD")).isEqualTo(149);
        assertThat(r.vatDue()).isEqualTo(Money.of("149"));
        assertThat(r.exactNetVat()).isEqualTo(Money.of("149.60"));
        assertThat(r.roundingDifference()).isEqualTo(Money.of("0.60"));
        assertThat(r.roundingAccount()).isEqualTo("758");
    }

    @Test
    void ca3_of_an_empty_period_is_nil() {
        Ca3Return r = ca3.compute(JAN1, JAN31, null, null, List.of());
        assertThat(r.vatDue()).isEqualTo(Money.ZERO);
        assertThat(r.creditCarriedForward()).isEqualTo(Money.ZERO);
        assertThat(r.roundingDifference()).isEqualTo(Money.ZERO);
    }

    @Test
    void ca3_credit_with_the_previous_credit() {
        // 16 = 1 000 × 20 % = 200; 20 = 2 000 × 20 % = 400; 22 = 100; 23 = 500; 25 = 300; no refund → 27 = 300
        Ca3Return r = ca3.compute(JAN1, JAN31, Money.of("100"), null, List.of(
                op(OperationKind.SALE, Nature.GOODS, "2026-01-10", "1000", "20"),
                op(OperationKind.PURCHASE, Nature.GOODS, "2026-01-11", "2000", "20")));
        assertThat(r.euros("23")).isEqualTo(500);
        assertThat(r.euros("25")).isEqualTo(300);
        assertThat(r.creditCarriedForward()).isEqualTo(Money.of("300"));
        assertThat(r.vatDue()).isEqualTo(Money.ZERO);
    }

    @Test
    void services_are_taxed_on_the_payments_received() {
        // service 1 000 HT @20 % invoiced 10/01, paid 600 TTC on 05/02: January nothing, February 600 × 20/120 = 100
        LocalDate inv = LocalDate.of(2026, 1, 10);
        Operation service = new Operation(OperationKind.SALE, Nature.SERVICES, false, false, inv, inv,
                List.of(new Operation.Payment(LocalDate.of(2026, 2, 5), Money.of("600"))),
                List.of(new Operation.Line("1000", "20")));
        assertThat(ca3.compute(JAN1, JAN31, null, null, List.of(service)).euros("16")).isZero();
        Ca3Return feb = ca3.compute(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null, null, List.of(service));
        assertThat(feb.euros("08")).isEqualTo(100);
        assertThat(feb.baseEuros("08")).isEqualTo(500);
    }

    @Test
    void margin_scheme() {
        MarginScheme scheme = new MarginScheme(VatRateTable.FRANCE);
        LocalDate d = LocalDate.of(2026, 3, 1);
        // 1 200 − 800 = 400 TTC; 400 × 20/120 = 66.666… → 66.67; margin HT 333.33
        MarginScheme.Result r = scheme.compute(MarginScheme.Regime.SECOND_HAND_GOODS, Money.of("1200"), Money.of("800"),
                new BigDecimal("20"), d);
        assertThat(r.vat()).isEqualTo(Money.of("66.67"));
        assertThat(r.marginExclVat()).isEqualTo(Money.of("333.33"));
        // a negative margin: no TVA, nothing to set off
        MarginScheme.Result loss = scheme.compute(MarginScheme.Regime.SECOND_HAND_GOODS, Money.of("500"), Money.of("600"),
                new BigDecimal("20"), d);
        assertThat(loss.vat()).isEqualTo(Money.ZERO);
        assertThat(loss.marginExclVat()).isEqualTo(Money.ZERO);
        // a margin of 0.03 TTC: 0.03 × 20/120 = 0.005 → 0.01 (half up)
        assertThat(scheme.compute(MarginScheme.Regime.TRAVEL_AGENCY, Money.of("100.03"), Money.of("100"),
                new BigDecimal("20"), d).vat()).isEqualTo(Money.of("0.01"));
    }

    @Test
    void deduction_prorata_and_gift_threshold() {
        VatDeduction ded = new VatDeduction();
        LocalDate d = LocalDate.of(2026, 3, 1);
        // taxation 700 000 / 850 000 = 0.8235… → 0.83 (rounded up); TVA 1 000 → 830 deductible, 170 a cost
        BigDecimal t = VatDeduction.taxationCoefficient(Money.of("700000"), Money.of("850000"));
        assertThat(t).isEqualByComparingTo("0.83");
        VatDeduction.Result r = ded.assess(VatDeduction.Expense.STANDARD, Money.of("1000"), null, d, null, t);
        assertThat(r.deductible()).isEqualTo(Money.of("830"));
        assertThat(r.nonDeductible()).isEqualTo(Money.of("170"));
        // gift of exactly 73 € TTC: deductible; 73.01 €: not at all
        assertThat(ded.assess(VatDeduction.Expense.GIFT, Money.of("12.17"), Money.of("73"), d, null, null).deductible())
                .isEqualTo(Money.of("12.17"));
        assertThat(ded.assess(VatDeduction.Expense.GIFT, Money.of("12.17"), Money.of("73.01"), d, null, null).deductible())
                .isEqualTo(Money.ZERO);
        // a tourist car: nothing deductible
        assertThat(ded.assess(VatDeduction.Expense.TOURIST_VEHICLE, Money.of("4000"), null, d, null, null).deductible())
                .isEqualTo(Money.ZERO);
    }
}
