package fr.agora.domain.tva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** TVA sur la marge, TVA non déductible, prorata de déduction (issue 13). Figures computed by hand in the comments. */
class MarginAndDeductionTest {

    static final LocalDate D = LocalDate.of(2026, 3, 15);
    final MarginScheme margin = new MarginScheme(VatRateTable.FRANCE);
    final VatDeduction deduction = new VatDeduction();
    static final BigDecimal TWENTY = new BigDecimal("20");

    static Money m(String s) {
        return Money.of(s);
    }

    @Test
    void second_hand_goods_are_taxed_on_the_margin_tva_included() {
        // bought 1 000 from a private seller, sold 1 600 TTC: margin 600 TTC; TVA = 600 × 20/120 = 100.00; HT 500.00
        var r = margin.compute(MarginScheme.Regime.SECOND_HAND_GOODS, m("1600"), m("1000"), TWENTY, D);
        assertThat(r.marginInclVat()).isEqualTo(m("600"));
        assertThat(r.vat()).isEqualTo(m("100"));
        assertThat(r.marginExclVat()).isEqualTo(m("500"));
        assertThat(r.mention()).isEqualTo("Régime particulier – Biens d'occasion");
    }

    @Test
    void a_travel_agency_margin_and_the_half_cent() {
        // package sold 2 390 TTC, services bought for the traveller 2 000: margin 390; TVA 390 × 20/120 = 65.00
        var r = margin.compute(MarginScheme.Regime.TRAVEL_AGENCY, m("2390"), m("2000"), TWENTY, D);
        assertThat(r.vat()).isEqualTo(m("65"));
        assertThat(r.marginExclVat()).isEqualTo(m("325"));
        assertThat(r.mention()).isEqualTo("Régime particulier – Agences de voyages");
        // margin 6.03: 6.03 / 6 = 1.005 → 1.01 half up (banker's rounding would give 1.00)
        assertThat(margin.compute(MarginScheme.Regime.TRAVEL_AGENCY, m("106.03"), m("100"), TWENTY, D).vat()).isEqualTo(m("1.01"));
    }

    @Test
    void a_negative_margin_carries_no_tva() {
        // sold 800 after buying 1 000: margin −200 → TVA 0, taxed margin 0 (no set-off item by item)
        var r = margin.compute(MarginScheme.Regime.SECOND_HAND_GOODS, m("800"), m("1000"), TWENTY, D);
        assertThat(r.marginInclVat()).isEqualTo(m("-200"));
        assertThat(r.vat()).isEqualTo(Money.ZERO);
        assertThat(r.marginExclVat()).isEqualTo(Money.ZERO);
    }

    @Test
    void gifts_follow_the_dated_threshold_per_beneficiary_and_year() {
        // 2026, threshold 73 € TTC (since 2021-01-01): a 60 € gift (TVA 10.00) is deductible, 73 € too (at most),
        // 75 € not at all (legifiscal.fr: "pour un cadeau … de 75 € TTC, aucune TVA ne peut être récupérée")
        assertThat(deduction.assess(VatDeduction.Expense.GIFT, m("10"), m("60"), D, null, null).deductible()).isEqualTo(m("10"));
        assertThat(deduction.assess(VatDeduction.Expense.GIFT, m("12.17"), m("73"), D, null, null).deductible()).isEqualTo(m("12.17"));
        var over = deduction.assess(VatDeduction.Expense.GIFT, m("12.50"), m("75"), D, null, null);
        assertThat(over.deductible()).isEqualTo(Money.ZERO);
        assertThat(over.nonDeductible()).isEqualTo(m("12.50"));
        // 70 € in 2020 (threshold 69 €) is above; in 2021 (73 €) it is not
        assertThat(deduction.assess(VatDeduction.Expense.GIFT, m("11.67"), m("70"), LocalDate.of(2020, 12, 1), null, null)
                .deductible()).isEqualTo(Money.ZERO);
        assertThat(deduction.assess(VatDeduction.Expense.GIFT, m("11.67"), m("70"), LocalDate.of(2021, 1, 1), null, null)
                .deductible()).isEqualTo(m("11.67"));
        assertThatThrownBy(() -> deduction.assess(VatDeduction.Expense.GIFT, m("1"), m("10"), LocalDate.of(2010, 6, 1), null, null))
                .hasFieldOrPropertyWithValue("field", "date");
    }

    @Test
    void a_tourist_vehicle_gives_no_deduction() {
        // a car for the sales staff, TVA 4 000: excluded (ann. II art. 206 IV-2-6°) → 4 000 added to the asset's cost
        var r = deduction.assess(VatDeduction.Expense.TOURIST_VEHICLE, m("4000"), null, D, null, null);
        assertThat(r.deductible()).isEqualTo(Money.ZERO);
        assertThat(r.nonDeductible()).isEqualTo(m("4000"));
        assertThat(r.admission()).isEqualByComparingTo("0");
    }

    @Test
    void the_prorata_rounds_each_coefficient_up_at_the_second_decimal() {
        // taxable 600 000 of 800 000 → 0.75; TVA 1 000 → 750.00
        BigDecimal t = VatDeduction.taxationCoefficient(m("600000"), m("800000"));
        assertThat(t).isEqualByComparingTo("0.75");
        assertThat(deduction.assess(VatDeduction.Expense.STANDARD, m("1000"), null, D, null, t).deductible()).isEqualTo(m("750"));
        // 700 001 / 1 000 000 = 0.700001 → 0.71 (par excès) → 710.00
        assertThat(VatDeduction.taxationCoefficient(m("700001"), m("1000000"))).isEqualByComparingTo("0.71");
        // assujettissement 0.6 × taxation 0.75 = 0.45 → TVA 333.33 × 0.45 = 149.9985 → 150.00
        var r = deduction.assess(VatDeduction.Expense.STANDARD, m("333.33"), null, D, new BigDecimal("0.6"), t);
        assertThat(r.deductionCoefficient()).isEqualByComparingTo("0.45");
        assertThat(r.deductible()).isEqualTo(m("150.00"));
        assertThat(r.nonDeductible()).isEqualTo(m("183.33"));
        // 0.333 × 0.5 = 0.1665 → 0.34 × 0.5 = 0.17 (each factor rounded up first, then the product)
        assertThat(deduction.assess(VatDeduction.Expense.STANDARD, m("100"), null, D, new BigDecimal("0.333"),
                new BigDecimal("0.5")).deductionCoefficient()).isEqualByComparingTo("0.17");
    }
}
