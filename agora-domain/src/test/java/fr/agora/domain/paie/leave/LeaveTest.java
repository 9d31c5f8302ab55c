package fr.agora.domain.paie.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LeaveTest {

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** C. trav. L3141-3: 12 months × 2,5 = 30 jours ouvrables (hand-computed from the rule). */
    @Test
    void a_full_year_gives_30_days() {
        LeaveEntitlement e = LeaveEntitlement.of(bd("12"), bd("0"), bd("0"));
        assertThat(e.days()).isEqualTo(30);
        assertThat(e.unrounded()).isEqualByComparingTo("30");
    }

    /** L3141-7: 7 months × 2,5 = 17,5 → rounded up to 18 (hand). */
    @Test
    void fractions_are_rounded_up() {
        LeaveEntitlement e = LeaveEntitlement.of(bd("7"), bd("0"), bd("0"));
        assertThat(e.days()).isEqualTo(18);
        assertThat(e.unrounded()).isEqualByComparingTo("17.5");
    }

    /**
     * Loi 2024-364: 8 months worked (20) + 4 months of sick leave × 2 (8) = 28 (hand); a full year of sickness gives 24;
     * work-accident leave acquires 2,5 per month: 6 + 6 → 30.
     */
    @Test
    void the_2024_rules_for_sick_and_work_accident_leave() {
        assertThat(LeaveEntitlement.of(bd("8"), bd("4"), bd("0")).days()).isEqualTo(28);
        assertThat(LeaveEntitlement.of(bd("0"), bd("12"), bd("0")).days()).isEqualTo(24);
        assertThat(LeaveEntitlement.of(bd("6"), bd("0"), bd("6")).days()).isEqualTo(30);
        assertThat(LeaveEntitlement.of(bd("1.5"), bd("0"), bd("0")).days()).isEqualTo(4); // 3,75 → 4
    }

    @Test
    void more_than_12_months_is_refused() {
        assertThatThrownBy(() -> LeaveEntitlement.of(bd("10"), bd("3"), bd("0")))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("monthsWorked"));
    }

    /**
     * PUBLISHED result (rocketlawyer.com, RULES-REFERENCE §6): maintien 952,38 vs dixième 960,00 → 960,00. The inputs are
     * reconstructed to match those two answers: salary 2 000 €, 10 jours ouvrés taken out of 25, a month of 21 jours
     * ouvrés (2 000 × 10 / 21 = 952,38), reference-period gross 24 000 (24 000 × 10 % × 10 / 25 = 960,00).
     */
    @Test
    void the_better_of_tenth_and_maintenance() {
        LeaveIndemnity i = LeaveIndemnity.of(bd("2000"), bd("24000"), bd("25"), bd("10"), bd("21"), LeaveIndemnity.DayBasis.WORKING_DAYS);
        assertThat(i.salaryMaintenance()).isEqualTo(Money.of("952.38"));
        assertThat(i.tenthRule()).isEqualTo(Money.of("960.00"));
        assertThat(i.retained()).isEqualTo(Money.of("960.00"));
        assertThat(i.method()).isEqualTo(LeaveIndemnity.Method.TENTH_RULE);
        // Hand: no bonus in the reference period, 2 000 × 12 = 24 000 but 26 ouvrables in the month: maintien 2 000 × 12 / 24 = 1 000,00
        LeaveIndemnity j = LeaveIndemnity.of(bd("2000"), bd("24000"), bd("30"), bd("12"), bd("24"), LeaveIndemnity.DayBasis.BUSINESS_DAYS);
        assertThat(j.tenthRule()).isEqualTo(Money.of("960.00"));
        assertThat(j.retained()).isEqualTo(Money.of("1000.00"));
        assertThat(j.method()).isEqualTo(LeaveIndemnity.Method.SALARY_MAINTENANCE);
    }
}
