package fr.agora.domain.paie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.paie.PayslipInput.*;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, paie: sick leave with subrogation (IJSS: CSS R323-1, R323-4, décret 2025-160; maintenance: C. trav.
 * L1226-1, D1226-1 to D1226-8) and the last payslip of a CDD (C. trav. L1243-8, L1243-10, L3141-24). Every figure
 * HAND-COMPUTED in the comments from those articles.
 */
class PayslipSickLeaveAndContractEndTest {

    private final PayslipCalculator calc = new PayslipCalculator();

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static Money m(String s) {
        return Money.of(s);
    }

    static PayslipInput sick(LocalDate hiredOn, SickLeave leave) {
        return new PayslipInput(YearMonth.of(2026, 3),
                new Employee(Category.NON_CADRE, Contract.CDI, bd("2480"), null, null, hiredOn, null, null),
                new Company(10, bd("1.00"), null, null), null, null, null, null, null, List.of(leave), null);
    }

    /**
     * 2 480 €, hired 1 September 2022 (3 years: 30 days at 90 %, 30 at two thirds), sick Monday 2 to Friday 20 March
     * 2026 (19 days; March has 31). Days taken off: 2 480 × 19 / 31 = 1 520,00. IJSS: 7 440 (3 × 2 480, under the cap
     * 3 × 1,4 × 1 823,03 = 7 656,73) × 50 % / 91,25 = 40,7671 → 40,77 a day, from the 4th day: 16 days = 652,32 gross;
     * CSG 6,20 % = 40,44, CRDS 0,50 % = 3,26 → 608,62 net paid by subrogation; taxable 652,32 − 3,80 % (24,79) =
     * 627,53. Maintenance from the 8th day (9 March): 12 days at 90 %: 2 480 / 31 = 80,00 a day, 72,00 − 40,77 =
     * 31,23 a day → 374,76. Gross 2 480 − 1 520 + 374,76 = 1 334,76.
     */
    @Test
    void carence_ijss_by_subrogation_and_maintenance_at_90_percent() {
        Payslip p = calc.compute(sick(LocalDate.of(2022, 9, 1), new SickLeave(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20))));
        assertThat(earning(p, "ABS_MALADIE")).isEqualTo(m("-1520.00"));
        assertThat(earning(p, "MAINTIEN_SALAIRE_90")).isEqualTo(m("374.76"));
        assertThat(p.gross()).isEqualTo(m("1334.76"));
        assertThat(p.sickPay().carenceDays()).isEqualTo(3);
        assertThat(p.sickPay().ijssDays()).isEqualTo(16);
        assertThat(p.sickPay().dailyIjss()).isEqualTo(m("40.77"));
        assertThat(p.sickPay().ijssGross()).isEqualTo(m("652.32"));
        assertThat(p.sickPay().csgCrds()).isEqualTo(m("43.70"));
        assertThat(p.sickPay().ijssNet()).isEqualTo(m("608.62"));
        assertThat(p.sickPay().ijssTaxable()).isEqualTo(m("627.53"));
        // the IJSS are paid with the net (not subject to contributions), and taxed
        assertThat(p.netPayableBeforeIncomeTax()).isEqualTo(p.netBeforeTax().plus(m("608.62")));
        Payslip healthy = calc.compute(new PayslipInput(YearMonth.of(2026, 3),
                new Employee(Category.NON_CADRE, Contract.CDI, bd("1334.76"), null, null), new Company(10, bd("1.00"), null, null),
                null, null, null, null, null));
        assertThat(p.netTaxable()).isEqualTo(healthy.netTaxable().plus(m("627.53")));
    }

    /**
     * Leave since 10 February 2026 (28 days in February 2026: 1 March is its 20th day), hired 1 September 2022:
     * maintained days 13 to 30 at 90 % = 1–18 March (18 days × 31,23 = 562,14), days 31 to 60 at two thirds =
     * 19–31 March (13 days × (53,3333 − 40,77) = 163,3233 → 163,32). IJSS all 31 days: 31 × 40,77 = 1 263,87. The whole
     * month is taken off (2 480 × 31 / 31). Gross 562,14 + 163,32 = 725,46.
     */
    @Test
    void a_leave_across_months_moves_from_90_percent_to_two_thirds() {
        Payslip p = calc.compute(sick(LocalDate.of(2022, 9, 1), new SickLeave(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 30))));
        assertThat(earning(p, "ABS_MALADIE")).isEqualTo(m("-2480.00"));
        assertThat(earning(p, "MAINTIEN_SALAIRE_90")).isEqualTo(m("562.14"));
        assertThat(earning(p, "MAINTIEN_SALAIRE_66")).isEqualTo(m("163.32"));
        assertThat(p.gross()).isEqualTo(m("725.46"));
        assertThat(p.sickPay().carenceDays()).isZero();
        assertThat(p.sickPay().ijssGross()).isEqualTo(m("1263.87"));
    }

    /** Under one year of seniority: IJSS only, no maintenance (C. trav. L1226-1); 16 × 40,77 = 652,32. */
    @Test
    void under_one_year_of_seniority_there_is_no_maintenance() {
        Payslip p = calc.compute(sick(LocalDate.of(2025, 6, 1), new SickLeave(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20))));
        assertThat(p.earnings()).noneMatch(e -> e.code().startsWith("MAINTIEN"));
        assertThat(p.gross()).isEqualTo(m("960.00")); // 2 480 − 1 520
        assertThat(p.sickPay().ijssGross()).isEqualTo(m("652.32"));
    }

    /**
     * Durations by seniority (D1226-2): 30 days + 10 per full 5 years beyond the first year, at most 90: 1 to 5 years →
     * 30, 6 → 40, 11 → 50, 31 and more → 90; under 1 year → 0.
     */
    @Test
    void maintenance_durations_by_seniority() {
        LocalDate leave = LocalDate.of(2026, 3, 2);
        assertThat(SickLeavePay.maintenanceDaysPerBand(LocalDate.of(2025, 3, 3), leave)).isZero();
        assertThat(SickLeavePay.maintenanceDaysPerBand(LocalDate.of(2025, 3, 2), leave)).isEqualTo(30);
        assertThat(SickLeavePay.maintenanceDaysPerBand(LocalDate.of(2021, 3, 3), leave)).isEqualTo(30); // 4 years 11 months
        assertThat(SickLeavePay.maintenanceDaysPerBand(LocalDate.of(2020, 3, 2), leave)).isEqualTo(40);
        assertThat(SickLeavePay.maintenanceDaysPerBand(LocalDate.of(2015, 3, 2), leave)).isEqualTo(50);
        assertThat(SickLeavePay.maintenanceDaysPerBand(LocalDate.of(1990, 3, 2), leave)).isEqualTo(90);
    }

    /** The daily IJSS is capped at 1,4 SMIC: 3 × 1,4 × 1 823,03 = 7 656,726 × 50 % / 91,25 = 41,954 → 41,95. */
    @Test
    void ijss_capped_at_1_4_smic() {
        Payslip p = calc.compute(new PayslipInput(YearMonth.of(2026, 3),
                new Employee(Category.NON_CADRE, Contract.CDI, bd("5000"), null, null, LocalDate.of(2022, 9, 1), null, null),
                new Company(10, bd("1.00"), null, null), null, null, null, null, null,
                List.of(new SickLeave(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5))), null));
        assertThat(p.sickPay().dailyIjss()).isEqualTo(m("41.95"));
        assertThat(p.sickPay().ijssDays()).isEqualTo(1);
        assertThat(p.earnings()).noneMatch(e -> e.code().startsWith("MAINTIEN")); // 4 days: within the 7 days' carence
    }

    /** Days already maintained in the 12 months before use the 90 % band first: 25 prior + 12 now → 5 at 90 %, 7 at ⅔. */
    @Test
    void prior_maintained_days_use_the_bands_first() {
        Payslip p = calc.compute(sick(LocalDate.of(2022, 9, 1), new SickLeave(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), null, 25)));
        assertThat(earning(p, "MAINTIEN_SALAIRE_90")).isEqualTo(m("156.15")); // 5 × 31,23
        assertThat(earning(p, "MAINTIEN_SALAIRE_66")).isEqualTo(m("87.94")); // 7 × (53,3333 − 40,77) = 87,9433
    }

    @Test
    void a_sick_leave_needs_the_hiring_date_and_dates_overlapping_the_period() {
        assertThatThrownBy(() -> sick(null, new SickLeave(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("employee.hiredOn"));
        assertThatThrownBy(() -> sick(LocalDate.of(2022, 9, 1), new SickLeave(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 20))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sickLeaves[0].to"));
    }

    /**
     * Last payslip of a CDD at 2 000 €, 10 000 € paid in the five months before: contract gross 12 000; indemnité de
     * fin de contrat 10 % = 1 200,00 (L1243-8); congés payés 10 % × (12 000 + 1 200) = 1 320,00 (L3141-24, the
     * précarité indemnity in the base); gross 2 000 + 1 200 + 1 320 = 4 520,00; CPF-CDD 1 % = 45,20.
     */
    @Test
    void end_of_a_cdd_pays_the_precariousness_and_leave_indemnities() {
        Payslip p = calc.compute(endOfCdd(true));
        assertThat(earning(p, "INDEMNITE_FIN_CONTRAT")).isEqualTo(m("1200.00"));
        assertThat(earning(p, "INDEMNITE_COMPENSATRICE_CP")).isEqualTo(m("1320.00"));
        assertThat(p.gross()).isEqualTo(m("4520.00"));
        assertThat(p.line("CPF_CDD", false)).isEqualTo(m("45.20"));
    }

    /** Without the précarité indemnity (L1243-10: e.g. a CDI taken up): congés payés 10 % × 12 000 = 1 200,00. */
    @Test
    void end_of_a_cdd_without_precariousness_indemnity() {
        Payslip p = calc.compute(endOfCdd(false));
        assertThat(p.earnings()).noneMatch(e -> e.code().equals("INDEMNITE_FIN_CONTRAT"));
        assertThat(earning(p, "INDEMNITE_COMPENSATRICE_CP")).isEqualTo(m("1200.00"));
        assertThat(p.gross()).isEqualTo(m("3200.00"));
    }

    @Test
    void end_of_contract_indemnities_are_those_of_a_cdd() {
        assertThatThrownBy(() -> new PayslipInput(YearMonth.of(2026, 4), new Employee(Category.NON_CADRE, Contract.CDI, bd("2000"), null, null),
                new Company(10, bd("1.00"), null, null), null, null, null, null, null, null, new EndOfContract(bd("10000"), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endOfContract"));
    }

    static PayslipInput endOfCdd(boolean precariousness) {
        return new PayslipInput(YearMonth.of(2026, 4), new Employee(Category.NON_CADRE, Contract.CDD, bd("2000"), null, null),
                new Company(10, bd("1.00"), null, null), null, null, null, null, null, null, new EndOfContract(bd("10000"), precariousness));
    }

    static Money earning(Payslip p, String code) {
        return p.earnings().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow().amount();
    }
}
