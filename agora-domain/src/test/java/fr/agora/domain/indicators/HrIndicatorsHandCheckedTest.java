package fr.agora.domain.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: HR indicators by hand (absenteeism = absence hours ÷ theoretical hours on jours ouvrés × weekly
 * hours ÷ 5; turnover = ((entries + exits) ÷ 2) ÷ headcount at start; FTE = Σ weekly hours ÷ 35).
 */
class HrIndicatorsHandCheckedTest {

    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate MAR31 = LocalDate.of(2026, 3, 31);

    static StaffMember member(String id, Gender g, String hired, String left, String hours) {
        return new StaffMember(id, g, LocalDate.of(1985, 6, 1), LocalDate.parse(hired), left == null ? null : LocalDate.parse(left),
                new BigDecimal(hours), null);
    }

    @Test
    void absenteeism_of_january_2026() {
        // January 2026: 22 weekdays − 1 January (Thursday) = 21 jours ouvrés × 7 h = 147 h; sick Mon 5 → Fri 9 = 35 h
        // rate 35 / 147 = 23.81 %
        HrIndicators r = new HrIndicatorCalculator().compute(List.of(member("A", Gender.FEMALE, "2020-01-01", null, "35")),
                List.of(new Absence("A", AbsenceKind.SICKNESS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9))),
                JAN1, LocalDate.of(2026, 1, 31));
        assertThat(r.absenteeism().theoreticalHours()).isEqualByComparingTo("147");
        assertThat(r.absenteeism().absenceHours()).isEqualByComparingTo("35");
        assertThat(r.absenteeism().rate()).isEqualByComparingTo("23.81");
    }

    @Test
    void headcount_fte_and_turnover_over_a_quarter() {
        // start 01/01: A, C, D = 3; month ends 31/01: A C D, 28/02: A B D (C left 15/02), 31/03: A B D → average 3.00
        // FTE at 31/03: (35 + 35 + 17.5) / 35 = 2.50; entries 1 (B), exits 1 (C): ((1 + 1) / 2) / 3 = 33.33 %
        HrIndicators r = new HrIndicatorCalculator().compute(List.of(
                member("A", Gender.FEMALE, "2020-01-01", null, "35"),
                member("B", Gender.MALE, "2026-02-01", null, "35"),
                member("C", Gender.MALE, "2015-05-01", "2026-02-15", "35"),
                member("D", Gender.FEMALE, "2022-01-01", null, "17.5")), List.of(), JAN1, MAR31);
        assertThat(r.headcountAtStart()).isEqualTo(3);
        assertThat(r.headcountAtEnd()).isEqualTo(3);
        assertThat(r.averageHeadcount()).isEqualByComparingTo("3.00");
        assertThat(r.fteAtEnd()).isEqualByComparingTo("2.50");
        assertThat(r.turnover().entries()).isEqualTo(1);
        assertThat(r.turnover().exits()).isEqualTo(1);
        assertThat(r.turnover().turnoverRate()).isEqualByComparingTo("33.33");
    }

    @Test
    void an_empty_register_gives_zero_counts_and_no_rate() {
        HrIndicators r = new HrIndicatorCalculator().compute(List.of(), List.of(), JAN1, MAR31);
        assertThat(r.headcountAtStart()).isZero();
        assertThat(r.averageHeadcount()).isEqualByComparingTo("0");
        assertThat(r.fteAtEnd()).isEqualByComparingTo("0");
        assertThat(r.turnover().turnoverRate()).isNull();
        assertThat(r.absenteeism().rate()).isNull();
    }
}
