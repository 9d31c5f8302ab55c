package fr.agora.domain.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Late-payment penalties (Code de commerce L441-10 II, D441-5). Rates: ECB main refinancing rate in force on 1 January
 * / 1 July (ECB, "Key ECB interest rates": 2.50 % from 21 Dec 2022, 4.00 % from 21 Jun 2023, 4.50 % from 20 Sep 2023,
 * 4.25 % from 12 Jun 2024, 3.15 % from 18 Dec 2024, 2.15 % from 11 Jun 2025) + 10 points. Interest by hand, on 365 days.
 */
class LatePaymentPenaltyTest {

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void the_rate_of_each_half_year_is_the_one_in_force_on_its_first_day() {
        assertThat(EcbRefinancingRate.forHalfYearOf(d(2022, 8, 15))).isEqualByComparingTo("0.00"); // 27 Jul hike is after 1 Jul
        assertThat(EcbRefinancingRate.forHalfYearOf(d(2023, 3, 1))).isEqualByComparingTo("2.50");
        assertThat(EcbRefinancingRate.forHalfYearOf(d(2023, 12, 31))).isEqualByComparingTo("4.00");
        assertThat(EcbRefinancingRate.forHalfYearOf(d(2024, 1, 1))).isEqualByComparingTo("4.50");
        assertThat(EcbRefinancingRate.forHalfYearOf(d(2024, 7, 1))).isEqualByComparingTo("4.25"); // 14.25 % published for 2024-H2
        assertThat(EcbRefinancingRate.forHalfYearOf(d(2025, 6, 30))).isEqualByComparingTo("3.15");
        assertThat(EcbRefinancingRate.forHalfYearOf(d(2025, 7, 1))).isEqualByComparingTo("2.15");
        assertThat(EcbRefinancingRate.verifiedFor(d(2025, 12, 31))).isTrue();
        assertThat(EcbRefinancingRate.verifiedFor(d(2026, 1, 1))).isFalse();
    }

    /**
     * 10 000.00 due 31 May 2025, at 31 Aug 2025: 30 days of June at 3.15 + 10 = 13.15 %, 62 days of July–August at
     * 2.15 + 10 = 12.15 %. 10 000 × 13.15 % × 30 / 365 = 108.0822; 10 000 × 12.15 % × 62 / 365 = 206.3836;
     * sum 314.4658 → 314.47. Indemnity 40.00.
     */
    @Test
    void legal_default_across_two_half_years() {
        LatePaymentPenalty p = LatePaymentPenalty.on(Money.of("10000.00"), d(2025, 5, 31), d(2025, 8, 31),
                PenaltyTerms.legalDefault());
        assertThat(p.interest()).isEqualTo(Money.of("314.47"));
        assertThat(p.indemnity()).isEqualTo(Money.of("40.00"));
        assertThat(p.periods()).containsExactly(
                new LatePaymentPenalty.Period(d(2025, 6, 1), d(2025, 6, 30), 30, new BigDecimal("13.15")),
                new LatePaymentPenalty.Period(d(2025, 7, 1), d(2025, 8, 31), 62, new BigDecimal("12.15")));
        assertThat(p.rateVerified()).isTrue();
    }

    /** 5 000 due 15 Jun 2023, at 15 Jul 2023: 15 d × 12.50 % = 25.6849; 15 d × 14.00 % = 28.7671; 54.4521 → 54.45. */
    @Test
    void legal_default_over_the_2023_rise() {
        LatePaymentPenalty p = LatePaymentPenalty.on(Money.of("5000.00"), d(2023, 6, 15), d(2023, 7, 15),
                PenaltyTerms.legalDefault());
        assertThat(p.interest()).isEqualTo(Money.of("54.45"));
    }

    /** Contractual 15 %: 1 200.00 × 15 % × 45 / 365 = 22.1918 → 22.19, whatever the ECB rate. */
    @Test
    void contractual_rate() {
        LatePaymentPenalty p = LatePaymentPenalty.on(Money.of("1200.00"), d(2026, 3, 1), d(2026, 4, 15),
                new PenaltyTerms(new BigDecimal("15")));
        assertThat(p.interest()).isEqualTo(Money.of("22.19"));
        assertThat(p.periods()).hasSize(1);
        assertThat(p.rateVerified()).isTrue();
    }

    /** Due today: nothing. One day late: 10 000 × 12.15 % / 365 = 3.3288 → 3.33, and the whole 40 € indemnity. */
    @Test
    void nothing_on_the_due_date_everything_the_day_after() {
        assertThat(LatePaymentPenalty.on(Money.of("10000.00"), d(2025, 7, 1), d(2025, 7, 1),
                PenaltyTerms.legalDefault())).isEqualTo(LatePaymentPenalty.NONE);
        LatePaymentPenalty p = LatePaymentPenalty.on(Money.of("10000.00"), d(2025, 7, 1), d(2025, 7, 2),
                PenaltyTerms.legalDefault());
        assertThat(p.interest()).isEqualTo(Money.of("3.33"));
        assertThat(p.indemnity()).isEqualTo(Money.of("40.00"));
    }

    @Test
    void a_credit_or_zero_item_bears_no_penalty() {
        assertThat(LatePaymentPenalty.on(Money.of("-50.00"), d(2025, 1, 1), d(2025, 3, 1),
                PenaltyTerms.legalDefault())).isEqualTo(LatePaymentPenalty.NONE);
        assertThat(LatePaymentPenalty.on(Money.ZERO, d(2025, 1, 1), d(2025, 3, 1),
                PenaltyTerms.legalDefault())).isEqualTo(LatePaymentPenalty.NONE);
    }

    @Test
    void a_contractual_rate_must_be_positive() {
        assertThatThrownBy(() -> new PenaltyTerms(BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("penaltyTerms.contractualRatePercent");
    }

    /** Per customer: the penalties and indemnities, and the letter of the stage with the amounts it claims. */
    @Test
    void the_ageing_shows_penalties_per_customer_and_the_letter_of_each_stage() {
        LocalDate at = d(2025, 8, 31);
        AgeingReport r = new ReceivablesAgeing().age(at, List.of(
                new OpenItem("FA1", "DUPONT", d(2025, 5, 31), Money.of("10000.00")),   // 92 days → contentieux
                new OpenItem("FA2", "DUPONT", d(2025, 9, 30), Money.of("500.00")),     // not due
                new OpenItem("FA3", "MARTIN", d(2025, 7, 31), Money.of("2000.00")),    // 31 days → mise en demeure
                new OpenItem("FA4", "PETIT", d(2025, 8, 21), Money.of("300.00"))),     // 10 days → relance 1
                ReminderPolicy.defaults(), PenaltyTerms.legalDefault());
        assertThat(r.warnings()).isEmpty();
        AgeingReport.CustomerAgeing dupont = r.customers().get(0);
        assertThat(dupont.penalties()).isEqualTo(Money.of("314.47"));
        assertThat(dupont.indemnities()).isEqualTo(Money.of("40.00"));
        assertThat(dupont.letter().stage()).isEqualTo(ReminderStage.CONTENTIEUX);
        assertThat(dupont.letter().invoiceIds()).containsExactly("FA1");
        // claimed: 10 000 + 314.47 + 40 = 10 354.47; the not-due FA2 is not claimed
        assertThat(dupont.letter().amountClaimed()).isEqualTo(Money.of("10354.47"));
        assertThat(dupont.letter().payBy()).isNull();

        // MARTIN: 2 000 × 12.15 % × 31 / 365 = 20.6384 → 20.64; claimed 2 000 + 20.64 + 40 = 2 060.64 by 8 Sep
        AgeingReport.CustomerAgeing martin = r.customers().get(1);
        assertThat(martin.stage()).isEqualTo(ReminderStage.MISE_EN_DEMEURE);
        assertThat(martin.letter().penalties()).isEqualTo(Money.of("20.64"));
        assertThat(martin.letter().amountClaimed()).isEqualTo(Money.of("2060.64"));
        assertThat(martin.letter().payBy()).isEqualTo(d(2025, 9, 8));
        assertThat(martin.letter().mentions()).anyMatch(m -> m.contains("L441-10")).anyMatch(m -> m.contains("1344"));

        // PETIT: a relance amiable asks for the principal only and recalls the penalties accruing (300 × 12.15 % × 10
        // / 365 = 0.9986 → 1.00)
        AgeingReport.CustomerAgeing petit = r.customers().get(2);
        assertThat(petit.letter().stage()).isEqualTo(ReminderStage.RELANCE_AMIABLE_1);
        assertThat(petit.letter().penalties()).isEqualTo(Money.of("1.00"));
        assertThat(petit.letter().amountClaimed()).isEqualTo(Money.of("300.00"));
        assertThat(petit.letter().payBy()).isEqualTo(d(2025, 9, 8));
    }

    @Test
    void a_half_year_past_the_verified_table_is_priced_at_the_last_rate_with_a_warning() {
        AgeingReport r = new ReceivablesAgeing().age(d(2026, 2, 15), List.of(
                new OpenItem("FA1", "DUPONT", d(2026, 1, 15), Money.of("1000.00"))), ReminderPolicy.defaults());
        // 31 days at 2.15 + 10 = 12.15 %: 1 000 × 12.15 % × 31 / 365 = 10.3192 → 10.32
        assertThat(r.items().get(0).penalty().interest()).isEqualTo(Money.of("10.32"));
        assertThat(r.items().get(0).penalty().rateVerified()).isFalse();
        assertThat(r.warnings()).singleElement().asString().contains("2026-01-01", "2.15");
    }

    @Test
    void a_half_year_before_the_table_is_a_400_naming_the_item() {
        assertThatThrownBy(() -> new ReceivablesAgeing().age(d(2013, 3, 1), List.of(
                new OpenItem("FA1", "DUPONT", d(2013, 1, 31), Money.of("1000.00"))), ReminderPolicy.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("items[0].dueDate");
    }
}
