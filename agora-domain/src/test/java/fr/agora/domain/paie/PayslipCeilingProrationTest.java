package fr.agora.domain.paie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.paie.PayslipInput.*;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, paie: the ceiling prorated for part time (CSS R242-7) and for an entry or exit during the month
 * (CSS R242-2), the salary of the days employed, the RGDU's SMIC prorated (CSS D241-7). Every figure HAND-COMPUTED
 * below from those rules and the 2026 rates of RULES-REFERENCE §5 (PMSS 4 005, SMIC 12,02 € × 35 × 52 / 12).
 */
class PayslipCeilingProrationTest {

    private final PayslipCalculator calc = new PayslipCalculator();

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static Money m(String s) {
        return Money.of(s);
    }

    static Company company(int headcount) {
        return new Company(headcount, bd("1.00"), null, null);
    }

    static PayslipInput input(String period, Employee e, int headcount) {
        return new PayslipInput(YearMonth.parse(period), e, company(headcount), null, null, null, null, null);
    }

    /**
     * Part time 24 h a week (104 h a month), non-cadre, 3 200 €, January 2026, 10 employees. Ceiling = 4 005 × 104 /
     * (35 × 52 / 12) = 4 005 × 312 / 455 = 2 746,2857… (shown 2 746,29). T1 = 2 746,2857, T2 = 453,7143.
     * Vieillesse plafonnée 6,90 % × T1 = 189,4937 → 189,49 (er 8,55 % = 234,8074 → 234,81); AGIRC-ARRCO T1 3,15 % =
     * 86,508 → 86,51; T2 8,64 % × 453,7143 = 39,2009 → 39,20 (er 12,95 % = 58,756 → 58,76); CEG T1 0,86 % = 23,618 →
     * 23,62; CEG T2 1,08 % = 4,9001 → 4,90; CET (gross above the prorated ceiling) 0,14 % × 3 200 = 4,48 / 0,21 % =
     * 6,72; FNAL 0,10 % × T1 = 2,7463 → 2,75. With the full ceiling (the first version) there was no T2, no CET and
     * FNAL 3,20. RGDU: SMIC = 12,02 × 104 = 1 250,08; x = ½ (3 750,24 / 3 200 − 1) = 0,085975; C = 0,02 + 0,3781 ×
     * x^1,75 = 0,025161 → 0,0252; 3 200 × 0,0252 = 80,64. Cross-checked with mon-entreprise (PayslipCrossCheckTest,
     * case NC_PART_TIME_24H_3200).
     */
    @Test
    void part_time_employee_above_the_prorated_ceiling() {
        Payslip p = calc.compute(input("2026-01", new Employee(Category.NON_CADRE, Contract.CDI, bd("3200"), null, bd("104")), 10));
        assertThat(p.socialSecurityCeiling()).isEqualTo(m("2746.29"));
        assertThat(p.line("VIEILLESSE_PLAFONNEE", true)).isEqualTo(m("189.49"));
        assertThat(p.line("VIEILLESSE_PLAFONNEE", false)).isEqualTo(m("234.81"));
        assertThat(p.line("AGIRC_ARRCO_T1", true)).isEqualTo(m("86.51"));
        assertThat(p.line("AGIRC_ARRCO_T2", true)).isEqualTo(m("39.20"));
        assertThat(p.line("AGIRC_ARRCO_T2", false)).isEqualTo(m("58.76"));
        assertThat(p.line("CEG_T1", true)).isEqualTo(m("23.62"));
        assertThat(p.line("CEG_T2", true)).isEqualTo(m("4.90"));
        assertThat(p.line("CET", true)).isEqualTo(m("4.48"));
        assertThat(p.line("CET", false)).isEqualTo(m("6.72"));
        assertThat(p.line("FNAL", false)).isEqualTo(m("2.75"));
        assertThat(p.line("RGDU", false)).isEqualTo(m("-80.64"));
    }

    @Test
    void a_full_time_contract_keeps_the_whole_ceiling() {
        Payslip legal = calc.compute(input("2026-01", new Employee(Category.NON_CADRE, Contract.CDI, bd("3200"), null, bd("151.67")), 10));
        Payslip implicit = calc.compute(input("2026-01", new Employee(Category.NON_CADRE, Contract.CDI, bd("3200"), null, null), 10));
        assertThat(legal.socialSecurityCeiling()).isEqualTo(m("4005.00"));
        assertThat(implicit.socialSecurityCeiling()).isEqualTo(m("4005.00"));
        assertThat(implicit.hasLine("CET")).isFalse();
        // a part-time employee under the prorated ceiling: nothing changes (1 400 € < 2 746,29)
        Payslip under = calc.compute(input("2026-01", new Employee(Category.NON_CADRE, Contract.CDI, bd("1400"), null, bd("104")), 10));
        assertThat(under.hasLine("AGIRC_ARRCO_T2")).isFalse();
        assertThat(under.line("VIEILLESSE_PLAFONNEE", true)).isEqualTo(m("96.60")); // 6,90 % × 1 400
    }

    /**
     * Entry on Monday 16 March 2026 (31 days), 2 400 €, calendar-days method: 15 days not employed,
     * 2 400 × 15 / 31 = 1 161,2903 → 1 161,29 taken off, 1 238,71 paid. Ceiling = 4 005 × 16 / 30 = 2 136,00.
     * RGDU: SMIC = 1 823,0333 × (1 − 1 161,29 / 2 400) = 940,92; x = ½ (3 × 940,92 / 1 238,71 − 1) = 0,63940;
     * C = 0,02 + 0,3781 × x^1,75 = 0,1929; 1 238,71 × 0,1929 = 238,947 → 238,95.
     */
    @Test
    void entry_during_the_month_pays_the_calendar_days_and_prorates_ceiling_and_rgdu() {
        Payslip p = calc.compute(input("2026-03",
                new Employee(Category.NON_CADRE, Contract.CDI, bd("2400"), null, null, LocalDate.of(2026, 3, 16), null, null), 10));
        assertThat(p.earnings()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("ENTREE_SORTIE_CALENDAR_DAYS");
            assertThat(e.amount()).isEqualTo(m("-1161.29"));
            assertThat(e.quantity()).isEqualByComparingTo("15");
            assertThat(e.rate()).isEqualByComparingTo("31");
        });
        assertThat(p.gross()).isEqualTo(m("1238.71"));
        assertThat(p.socialSecurityCeiling()).isEqualTo(m("2136.00"));
        assertThat(p.line("RGDU", false)).isEqualTo(m("-238.95"));
    }

    /**
     * Cadre, 6 000 €, entry on 16 March 2026: 6 000 × 15 / 31 = 2 903,2258 → 2 903,23 off, gross 3 096,77 — under the
     * monthly ceiling but above the prorated one (2 136,00): T2 = 960,77; AGIRC-ARRCO T2 8,64 % = 83,0105 → 83,01;
     * prévoyance cadre 1,50 % × 2 136 = 32,04; vieillesse plafonnée 6,90 % × 2 136 = 147,384 → 147,38.
     */
    @Test
    void entry_during_the_month_above_the_prorated_ceiling() {
        Payslip p = calc.compute(input("2026-03",
                new Employee(Category.CADRE, Contract.CDI, bd("6000"), null, null, LocalDate.of(2026, 3, 16), null, null), 60));
        assertThat(p.gross()).isEqualTo(m("3096.77"));
        assertThat(p.line("AGIRC_ARRCO_T2", true)).isEqualTo(m("83.01"));
        assertThat(p.line("VIEILLESSE_PLAFONNEE", true)).isEqualTo(m("147.38"));
        assertThat(p.line("PREVOYANCE_CADRE", false)).isEqualTo(m("32.04"));
        assertThat(p.hasLine("CET")).isTrue();
    }

    /**
     * Exit on Wednesday 1 April 2026 (30 days), 2 400 €: one calendar day paid, 2 400 × 29 / 30 = 2 320,00 off, gross
     * 80,00; ceiling 4 005 / 30 = 133,50; RGDU: SMIC 1 823,0333 / 30 = 60,7678, x = 0,63940, C = 0,1929,
     * 80 × 0,1929 = 15,432 → 15,43. By the working-days method (22 jours ouvrés in April 2026, 1 worked):
     * 2 400 × 21 / 22 = 2 290,909 → 2 290,91 off, gross 109,09 — the method chosen changes the pay, hence stated.
     */
    @Test
    void exit_on_the_first_of_the_month() {
        Payslip p = calc.compute(input("2026-04",
                new Employee(Category.NON_CADRE, Contract.CDI, bd("2400"), null, null, LocalDate.of(2020, 1, 6), LocalDate.of(2026, 4, 1), null), 10));
        assertThat(p.gross()).isEqualTo(m("80.00"));
        assertThat(p.socialSecurityCeiling()).isEqualTo(m("133.50"));
        assertThat(p.line("VIEILLESSE_PLAFONNEE", true)).isEqualTo(m("5.52")); // 6,90 % × 80
        assertThat(p.line("RGDU", false)).isEqualTo(m("-15.43"));
        Payslip workingDays = calc.compute(input("2026-04", new Employee(Category.NON_CADRE, Contract.CDI, bd("2400"), null, null,
                LocalDate.of(2020, 1, 6), LocalDate.of(2026, 4, 1), AbsenceMethod.WORKING_DAYS), 10));
        assertThat(workingDays.gross()).isEqualTo(m("109.09"));
    }

    /** Exit on the 1st of a cadre at 10 000 €: 10 000 / 30 = 333,33 paid, above the 133,50 ceiling: T2 = 199,83. */
    @Test
    void exit_on_the_first_above_the_day_ceiling() {
        Payslip p = calc.compute(input("2026-04",
                new Employee(Category.CADRE, Contract.CDI, bd("10000"), null, null, null, LocalDate.of(2026, 4, 1), null), 60));
        assertThat(p.gross()).isEqualTo(m("333.33"));
        assertThat(p.line("VIEILLESSE_PLAFONNEE", true)).isEqualTo(m("9.21")); // 6,90 % × 133,50 = 9,2115
        assertThat(p.line("AGIRC_ARRCO_T2", true)).isEqualTo(m("17.27")); // 8,64 % × 199,83 = 17,2653
    }

    @Test
    void employment_outside_the_period_is_refused_with_the_field() {
        assertThatThrownBy(() -> input("2026-04", new Employee(Category.NON_CADRE, Contract.CDI, bd("2400"), null, null,
                LocalDate.of(2026, 5, 1), null, null), 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("employee.hiredOn"));
        assertThatThrownBy(() -> input("2026-04", new Employee(Category.NON_CADRE, Contract.CDI, bd("2400"), null, null,
                null, LocalDate.of(2026, 3, 31), null), 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("employee.leftOn"));
    }
}
