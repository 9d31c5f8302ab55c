package fr.agora.domain.paie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.paie.PayslipInput.Category;
import fr.agora.domain.paie.PayslipInput.Company;
import fr.agora.domain.paie.PayslipInput.Contract;
import fr.agora.domain.paie.PayslipInput.Employee;
import fr.agora.domain.paie.journal.PayrollJournal;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Audit 2026-12: partial months and part time recomputed by hand. PMSS 2026 = 4 005 €; ceiling prorated for part time
 * (× contract hours ÷ 35 × 52 / 12, CSS R242-7) and then for an entry or exit (× calendar days employed ÷ 30, at most
 * the monthly ceiling, CSS R242-2 — URSSAF « Plafond de la Sécurité sociale: cas particuliers »); the salary of the days
 * employed by calendar days (the month's actual days).
 */
class PayslipHandCheckedTest {

    private final PayslipCalculator calc = new PayslipCalculator();

    private Payslip compute(String period, Category c, String salary, String hours, LocalDate hired, LocalDate left) {
        Employee e = new Employee(c, Contract.CDI, new BigDecimal(salary), null, hours == null ? null : new BigDecimal(hours),
                hired, left, null);
        return calc.compute(new PayslipInput(YearMonth.parse(period), e, new Company(10, new BigDecimal("1.00"), null, null),
                null, null, null, null, null));
    }

    /**
     * Part time 24 h a week (104 h a month), 3 200 €, hired Monday 16 March 2026 (31 days, 16 employed):
     * salary off 3 200 × 15/31 = 1 548.387 → 1 548.39, gross 1 651.61;
     * ceiling 4 005 × 312/455 × 16/30 = 2 746.2857 × 16/30 = 1 464.6857 (shown 1 464.69);
     * vieillesse plafonnée 6.90 % × 1 464.6857 = 101.063 → 101.06;
     * T2 = 1 651.61 − 1 464.6857 = 186.9243: AGIRC-ARRCO T2 8.64 % = 16.150 → 16.15, CEG T2 1.08 % = 2.0188 → 2.02.
     */
    @Test
    void part_time_and_entry_in_the_same_month_prorate_the_ceiling_twice() {
        Payslip p = compute("2026-03", Category.NON_CADRE, "3200", "104", LocalDate.of(2026, 3, 16), null);
        assertThat(p.gross()).isEqualTo(Money.of("1651.61"));
        assertThat(p.socialSecurityCeiling()).isEqualTo(Money.of("1464.69"));
        assertThat(p.line("VIEILLESSE_PLAFONNEE", true)).isEqualTo(Money.of("101.06"));
        assertThat(p.line("AGIRC_ARRCO_T2", true)).isEqualTo(Money.of("16.15"));
        assertThat(p.line("CEG_T2", true)).isEqualTo(Money.of("2.02"));
    }

    /** Hired 2 March 2026: 30 calendar days employed → 4 005 × 30/30, the whole ceiling; 2 400 × 1/31 = 77.42 off. */
    @Test
    void thirty_days_employed_in_a_31_day_month_keep_the_whole_ceiling() {
        Payslip p = compute("2026-03", Category.NON_CADRE, "2400", null, LocalDate.of(2026, 3, 2), null);
        assertThat(p.socialSecurityCeiling()).isEqualTo(Money.of("4005.00"));
        assertThat(p.gross()).isEqualTo(Money.of("2322.58"));
    }

    /** Hired 15 February 2026 (28 days): 14 days employed → ceiling 4 005 × 14/30 = 1 869.00; 2 400 × 14/28 = 1 200 off. */
    @Test
    void entry_in_february_divides_the_ceiling_by_30_and_the_salary_by_28() {
        Payslip p = compute("2026-02", Category.NON_CADRE, "2400", null, LocalDate.of(2026, 2, 15), null);
        assertThat(p.socialSecurityCeiling()).isEqualTo(Money.of("1869.00"));
        assertThat(p.gross()).isEqualTo(Money.of("1200.00"));
    }

    /**
     * Hired 10 and gone 19 March 2026: 10 days → ceiling 4 005 × 10/30 = 1 335.00; 21 days off: 2 400 × 21/31 =
     * 1 625.806 → 1 625.81, gross 774.19; vieillesse plafonnée 6.90 % × 774.19 = 53.419 → 53.42 (under the ceiling).
     */
    @Test
    void entry_and_exit_in_the_same_month() {
        Payslip p = compute("2026-03", Category.NON_CADRE, "2400", null, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19));
        assertThat(p.socialSecurityCeiling()).isEqualTo(Money.of("1335.00"));
        assertThat(p.gross()).isEqualTo(Money.of("774.19"));
        assertThat(p.line("VIEILLESSE_PLAFONNEE", true)).isEqualTo(Money.of("53.42"));
    }

    /**
     * The month's payroll entry, as every other family's entries: each line one positive side, balanced. A payslip with
     * a salary under the neutral grid's first band (no PAS withheld) has nothing to credit on 4421, so no 4421 line at 0.00 on both sides.
     */
    @Test
    void payroll_journal_lines_carry_one_positive_side() {
        Payslip p = compute("2026-03", Category.NON_CADRE, "2400", null, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 19));
        PayrollJournal j = PayrollJournal.of(List.of(p));
        assertThat(j.totalDebit()).isEqualTo(j.totalCredit());
        assertThat(j.entries()).allSatisfy(e -> assertThat(e.debit().isPositive() ^ e.credit().isPositive())
                .as(e.toString()).isTrue());
    }
}
