package fr.agora.domain.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: late-payment penalties recomputed by hand (C. com. L441-10 II: ECB refinancing rate in force on
 * 1 January for the first half-year, on 1 July for the second, + 10 points; D441-5: 40 € indemnity). ECB MRO rate:
 * 3.15 % since 18/12/2024, 2.15 % since 11/06/2025 (ecb.europa.eu key rates) → 13.15 % for H1 2025, 12.15 % for H2
 * 2025 (the rates the Banque de France publishes).
 */
class ReceivablesHandCheckedTest {

    @Test
    void legal_rate_across_a_half_year_boundary() {
        // 12 000 TTC due 15/06/2025, at 15/07/2025: 16/06–30/06 = 15 days at 13.15 %, 01/07–15/07 = 15 days at 12.15 %
        // 12 000 × (13.15 × 15 + 12.15 × 15) / (100 × 365) = 12 000 × 379.5 / 36 500 = 124.767… → 124.77; + 40.00
        LatePaymentPenalty p = LatePaymentPenalty.on(Money.of("12000"), LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 15),
                PenaltyTerms.legalDefault());
        assertThat(p.periods()).extracting(LatePaymentPenalty.Period::days).containsExactly(15L, 15L);
        assertThat(p.periods()).extracting(LatePaymentPenalty.Period::ratePercent)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("13.15"), new BigDecimal("12.15"));
        assertThat(p.interest()).isEqualTo(Money.of("124.77"));
        assertThat(p.indemnity()).isEqualTo(Money.of("40.00"));
    }

    @Test
    void contractual_rate_and_the_due_date_itself() {
        // 1 000 due 31/01/2026 at 12 %, at 02/03/2026: 30 days → 1 000 × 12 × 30 / 36 500 = 9.863 → 9.86
        LatePaymentPenalty p = LatePaymentPenalty.on(Money.of("1000"), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 2),
                new PenaltyTerms(new BigDecimal("12")));
        assertThat(p.interest()).isEqualTo(Money.of("9.86"));
        // on the due date: not late, no penalty and no indemnity
        assertThat(LatePaymentPenalty.on(Money.of("1000"), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31),
                PenaltyTerms.legalDefault())).isEqualTo(LatePaymentPenalty.NONE);
        // one day late: the 40 € are due at once; 1 000 × 12 × 1 / 36 500 = 0.3288 → 0.33
        LatePaymentPenalty oneDay = LatePaymentPenalty.on(Money.of("1000"), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 1), new PenaltyTerms(new BigDecimal("12")));
        assertThat(oneDay.interest()).isEqualTo(Money.of("0.33"));
        assertThat(oneDay.indemnity()).isEqualTo(Money.of("40.00"));
    }
}
