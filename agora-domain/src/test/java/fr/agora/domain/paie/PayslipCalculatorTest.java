package fr.agora.domain.paie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.paie.PayslipInput.*;
import fr.agora.domain.paie.parameters.PayrollParameterTable;
import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayslipCalculatorTest {

    private final PayslipCalculator calc = new PayslipCalculator();

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static PayslipInput input(String period, Category cat, String salary, int headcount) {
        return new PayslipInput(YearMonth.parse(period), new Employee(cat, Contract.CDI, bd(salary), null, null),
                new Company(headcount, bd("1.00"), null, null), null, null, null, null, null);
    }

    static Money m(String s) {
        return Money.of(s);
    }

    /**
     * Non-cadre paid 1 823,07 € in January 2026 (12,02 € × 151,67; the published monthly SMIC is 12,02 × 35 × 52 / 12
     * = 1 823,03, see PayslipCrossCheckTest case NC_SMIC_35H). HAND-COMPUTED from the 2026 rates of
     * RULES-REFERENCE §5.2 (mon-entreprise cotisations.publicodes), lines rounded HALF_UP:
     * vieillesse plafonnée 6,90 % × 1 823,07 = 125,79183 → 125,79; déplafonnée 0,40 % = 7,29228 → 7,29;
     * AGIRC-ARRCO T1 3,15 % = 57,426705 → 57,43; CEG T1 0,86 % = 15,678402 → 15,68;
     * CSG base 98,25 % × 1 823,07 = 1 791,166275 → 1 791,17; CSG déd. 6,80 % = 121,79956 → 121,80;
     * CSG non déd. 2,40 % = 42,98808 → 42,99; CRDS 0,50 % = 8,95585 → 8,96. Total 379,94; net 1 443,13;
     * net imposable 1 443,13 + 42,99 + 8,96 = 1 495,08; taux neutre 0 % (&lt; 1 635).
     */
    @Test
    void non_cadre_at_the_smic_january_2026() {
        Payslip p = calc.compute(input("2026-01", Category.NON_CADRE, "1823.07", 10));
        assertThat(p.gross()).isEqualTo(m("1823.07"));
        assertThat(p.line("VIEILLESSE_PLAFONNEE", true)).isEqualTo(m("125.79"));
        assertThat(p.line("VIEILLESSE_DEPLAFONNEE", true)).isEqualTo(m("7.29"));
        assertThat(p.line("AGIRC_ARRCO_T1", true)).isEqualTo(m("57.43"));
        assertThat(p.line("CEG_T1", true)).isEqualTo(m("15.68"));
        assertThat(p.line("CSG_DEDUCTIBLE", true)).isEqualTo(m("121.80"));
        assertThat(p.line("CSG_NON_DEDUCTIBLE", true)).isEqualTo(m("42.99"));
        assertThat(p.line("CRDS", true)).isEqualTo(m("8.96"));
        assertThat(p.totalEmployee()).isEqualTo(m("379.94"));
        assertThat(p.netBeforeTax()).isEqualTo(m("1443.13"));
        assertThat(p.netTaxable()).isEqualTo(m("1495.08"));
        assertThat(p.withholdingTax()).isEqualTo(m("0.00"));
        assertThat(p.netPaid()).isEqualTo(m("1443.13"));
        assertThat(p.hasLine("AGIRC_ARRCO_T2")).isFalse();
        assertThat(p.hasLine("CET")).isFalse();
        // RGDU at 1 SMIC (1 823,0333, gross 1 823,07 is 0,002 % above): C = 0,02 + 0,3781 × 0,99997^1,75 = 0,39808 → 0,3981;
        // 1 823,07 × 0,3981 = 725,764167 → 725,76 (hand)
        assertThat(p.line("RGDU", false)).isEqualTo(m("-725.76"));
    }

    /**
     * Cadre, 5 000 €, January 2026, 100 employees. HAND-COMPUTED: T1 = 4 005, T2 = 995.
     * Vieillesse plafonnée 6,90 % × 4 005 = 276,345 → 276,35 (a .005 tie, HALF_UP goes up); déplafonnée 20,00;
     * AGIRC T1 3,15 % × 4 005 = 126,1575 → 126,16; CEG T1 34,443 → 34,44; AGIRC T2 8,64 % × 995 = 85,968 → 85,97;
     * CEG T2 1,08 % × 995 = 10,746 → 10,75; CET 0,14 % × 5 000 = 7,00; APEC 0,024 % = 1,20;
     * employer prévoyance 1,50 % × 4 005 = 60,075 → 60,08; CSG base 4 912,50 + 60,08 = 4 972,58;
     * CSG déd. 338,13544 → 338,14; non déd. 119,34192 → 119,34; CRDS 24,8629 → 24,86. Total 1 044,21;
     * net 3 955,79; net social 3 955,79 + 60,08 = 4 015,87.
     * Net imposable (issue 13, CGI 83 1° quater: the employer's mandatory prévoyance, 60,08 € within the limit
     * 5 % × 4 005 + 2 % × 5 000 = 300,25 €, is not taxable; the first version added it, 4 160,07 / PAS 574,09 /
     * net payé 3 381,70): 3 955,79 + 119,34 + 24,86 = 4 099,99; taux neutre 13,8 % (4 019 ≤ x &lt; 4 690)
     * → 565,79862 → 565,80; net payé 3 955,79 − 565,80 = 3 389,99.
     */
    @Test
    void cadre_5000_january_2026() {
        Payslip p = calc.compute(input("2026-01", Category.CADRE, "5000", 100));
        assertThat(p.line("VIEILLESSE_PLAFONNEE", true)).isEqualTo(m("276.35"));
        assertThat(p.line("AGIRC_ARRCO_T1", true)).isEqualTo(m("126.16"));
        assertThat(p.line("AGIRC_ARRCO_T2", true)).isEqualTo(m("85.97"));
        assertThat(p.line("CEG_T2", true)).isEqualTo(m("10.75"));
        assertThat(p.line("CET", true)).isEqualTo(m("7.00"));
        assertThat(p.line("APEC", true)).isEqualTo(m("1.20"));
        assertThat(p.line("PREVOYANCE_CADRE", false)).isEqualTo(m("60.08"));
        assertThat(p.line("CSG_DEDUCTIBLE", true)).isEqualTo(m("338.14"));
        assertThat(p.totalEmployee()).isEqualTo(m("1044.21"));
        assertThat(p.netBeforeTax()).isEqualTo(m("3955.79"));
        assertThat(p.netTaxable()).isEqualTo(m("4099.99"));
        assertThat(p.withholdingTaxRate()).isEqualByComparingTo("13.8");
        assertThat(p.withholdingTax()).isEqualTo(m("565.80"));
        assertThat(p.netPaid()).isEqualTo(m("3389.99"));
        assertThat(p.netSocial()).isEqualTo(m("4015.87"));
        // RGDU (hand): 5 000 < 3 × 1 823,0333 = 5 469,10; x = ½ × (5 469,10 / 5 000 − 1) = 0,04691; C = 0,02 + 0,3821 × x^1,75
        // = 0,021808 → 0,0218; 5 000 × 0,0218 = 109,00
        assertThat(p.line("RGDU", false)).isEqualTo(m("-109.00"));
        assertThat(calc.compute(input("2026-01", Category.CADRE, "5469.10", 100)).hasLine("RGDU")).isFalse(); // at 3 SMIC (5 469,10)
    }

    /**
     * PUBLISHED (rates and per-tranche rounding): OpenFisca-France 2024 cadre test, as quoted in RULES-REFERENCE
     * §5.2: AGIRC-ARRCO employee = round(3 864 × 3,15 %) + round(1 436,75 × 8,64 %) = 121,72 + 124,14 = 245,86.
     * The AGIRC-ARRCO rates did not change between 2024 and 2026, so a 2024 table with PMSS 3 864 reproduces it.
     */
    @Test
    void openfisca_2024_cadre_agirc_arrco_rounded_per_tranche() {
        PayrollParameterTable t2024 = new PayrollParameterTable(List.of(new PayrollParameters(YearMonth.of(2024, 1),
                YearMonth.of(2024, 12), bd("11.65"), bd("3864"), bd("5.35"), Map.of("pmss", "PSS 2024"))));
        Payslip p = new PayslipCalculator(t2024).compute(input("2024-01", Category.CADRE, "5300.75", 100));
        assertThat(p.line("AGIRC_ARRCO_T1", true)).isEqualTo(m("121.72"));
        assertThat(p.line("AGIRC_ARRCO_T2", true)).isEqualTo(m("124.14"));
        assertThat(p.line("AGIRC_ARRCO_T1", true).plus(p.line("AGIRC_ARRCO_T2", true))).isEqualTo(m("245.86"));
    }

    /** PUBLISHED: mon-entreprise RGDU.test.ts — assiette 2 200 € gives 573,98 € (June 2026 SMIC 12,31, &lt; 50 employees). */
    @Test
    void mon_entreprise_rgdu_2200() {
        Payslip june = calc.compute(input("2026-06", Category.NON_CADRE, "2200", 10));
        assertThat(june.line("RGDU", false)).isEqualTo(m("-573.98"));
        // Hand-computed, May 2026 (SMIC 12,02 → 1 823,0333): C = 0,2448 → 538,56 — the SMIC change shows.
        Payslip may = calc.compute(input("2026-05", Category.NON_CADRE, "2200", 10));
        assertThat(may.line("RGDU", false)).isEqualTo(m("-538.56"));
        assertThat(may.parameters().smicHourly()).isEqualByComparingTo("12.02");
        assertThat(june.parameters().smicHourly()).isEqualByComparingTo("12.31");
    }

    @Test
    void a_month_without_parameters_is_refused() {
        assertThatThrownBy(() -> calc.compute(input("2019-01", Category.NON_CADRE, "2000", 10)))
                .isInstanceOf(NoPayrollParametersException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("period"));
        assertThatThrownBy(() -> calc.compute(input("2027-01", Category.NON_CADRE, "2000", 10)))
                .isInstanceOf(NoPayrollParametersException.class);
    }

    @Test
    void negative_salary_and_hours_over_48_are_refused_with_the_field() {
        assertThatThrownBy(() -> input("2026-01", Category.NON_CADRE, "-1", 10))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("employee.baseSalary"));
        assertThatThrownBy(() -> new PayslipInput(YearMonth.of(2026, 3), new Employee(Category.NON_CADRE, null, bd("2000"), null, null),
                new Company(10, bd("1"), null, null), List.of(new OvertimeWeek(LocalDate.of(2026, 3, 2), bd("49"))), null, null, null, null))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("overtime[0].hoursWorked"));
    }

    /**
     * Salary above 4 PASS and above 8 PMSS (40 000 €, cadre, 2026-01). HAND-COMPUTED: 4 PMSS = 16 020, 8 PMSS = 32 040;
     * T2 = 32 040 − 4 005 = 28 035; CSG base = 98,25 % × 16 020 + (40 000 − 16 020) + 60,08 = 15 739,65 + 23 980 + 60,08
     * = 39 779,73; CET base capped at 32 040; chômage capped at 16 020 → 4 % = 640,80.
     */
    @Test
    void caps_above_4_pass_and_8_pmss() {
        Payslip p = calc.compute(input("2026-01", Category.CADRE, "40000", 100));
        ContributionLineAssert.base(p, "AGIRC_ARRCO_T2", "28035.00");
        ContributionLineAssert.base(p, "CSG_NON_DEDUCTIBLE", "39779.73");
        ContributionLineAssert.base(p, "CET", "32040.00");
        assertThat(p.line("CHOMAGE", false)).isEqualTo(m("640.80"));
    }

    /**
     * Overtime: 2 000 €, one week at 46 h. HAND-COMPUTED: hourly 2 000 / 151,67 = 13,18652…; 8 h × 125 % =
     * 131,8652… → 131,87; 3 h × 150 % = 59,3393… → 59,34; HS pay 191,21; gross 2 191,21. Employee reduction
     * 11,31 % × 191,21 = 21,626… → 21,63. CSG on HS: 98,25 % × 191,21 = 187,863825 → 187,86, at 6,80 % moved to
     * "non déductible": 12,77448 → 12,77. Agreement rates 10 % / 20 % instead: 8 × 1,10 × 13,18652 = 116,04;
     * 3 × 1,20 × 13,18652 = 47,47.
     */
    @Test
    void overtime_per_week_with_default_and_agreement_rates() {
        PayslipInput in = new PayslipInput(YearMonth.of(2026, 3), new Employee(Category.NON_CADRE, null, bd("2000"), null, null),
                new Company(10, bd("1"), null, null), List.of(new OvertimeWeek(LocalDate.of(2026, 3, 2), bd("46")),
                new OvertimeWeek(LocalDate.of(2026, 3, 9), bd("35"))), null, null, null, null);
        Payslip p = calc.compute(in);
        assertThat(p.earnings()).extracting(Payslip.EarningLine::code).containsExactly("BASE", "HS25", "HS50");
        assertThat(p.earnings().get(1).amount()).isEqualTo(m("131.87"));
        assertThat(p.earnings().get(2).amount()).isEqualTo(m("59.34"));
        assertThat(p.gross()).isEqualTo(m("2191.21"));
        assertThat(p.line("REDUCTION_HS", true)).isEqualTo(m("-21.63"));
        // CSG/CRDS on exempt overtime, one line at 6,80 + 2,40 = 9,20 % (modele-social): 98,25 % × 191,21 = 187,86 → 17,28
        assertThat(p.line("CSG_NON_DEDUCTIBLE_HS", true)).isEqualTo(m("17.28"));
        PayslipInput agreed = new PayslipInput(YearMonth.of(2026, 3), new Employee(Category.NON_CADRE, null, bd("2000"), null, null),
                new Company(10, bd("1"), null, null), List.of(new OvertimeWeek(LocalDate.of(2026, 3, 2), bd("46"), false, bd("10"), bd("20"))),
                null, null, null, null);
        Payslip q = calc.compute(agreed);
        assertThat(q.earnings().get(1).amount()).isEqualTo(m("116.04"));
        assertThat(q.earnings().get(2).amount()).isEqualTo(m("47.47"));
    }

    /**
     * PUBLISHED (wikiapp.heberg-eig.fr, RULES-REFERENCE §5.4): 1 800 € with a one-week absence in March (31 days):
     * thirtieths 420,00; calendar days 406,45; jours ouvrables /26 415,38; jours ouvrés /21,67 415,32.
     * The week is Monday 2 – Sunday 8 March 2026 (7 calendar days, 6 ouvrables, 5 ouvrés).
     */
    @Test
    void absence_one_week_in_march_by_each_method() {
        assertThat(absence("1800", AbsenceMethod.THIRTIETHS)).isEqualTo(m("-420.00"));
        assertThat(absence("1800", AbsenceMethod.CALENDAR_DAYS)).isEqualTo(m("-406.45"));
        assertThat(absence("1800", AbsenceMethod.BUSINESS_DAYS_AVERAGE)).isEqualTo(m("-415.38"));
        assertThat(absence("1800", AbsenceMethod.WORKING_DAYS_AVERAGE)).isEqualTo(m("-415.32"));
        // Hand-computed: March 2026 has 22 jours ouvrés and 26 ouvrables: 1 800 × 5/22 = 409,09; 1 800 × 6/26 = 415,38;
        // 151,67 h method: 35 h → 1 800 × 35 / 151,67 = 415,3754 → 415,38; actual hours 22 × 7 = 154 h: 1 800 × 35/154 = 409,09.
        assertThat(absence("1800", AbsenceMethod.WORKING_DAYS)).isEqualTo(m("-409.09"));
        assertThat(absence("1800", AbsenceMethod.BUSINESS_DAYS)).isEqualTo(m("-415.38"));
        assertThat(absence("1800", AbsenceMethod.MONTHLY_HOURS)).isEqualTo(m("-415.38"));
        assertThat(absence("1800", AbsenceMethod.ACTUAL_HOURS)).isEqualTo(m("-409.09"));
    }

    /**
     * PUBLISHED: compta-online.com — 2 000 € with 152,5 real hours and 20 h absent → 262,30;
     * comptapprend.fr — 1 971,70 € at 151,67 h, 21 h → 273,00.
     */
    @Test
    void absence_published_hourly_examples() {
        assertThat(AbsenceDeduction.deduction(bd("2000"), bd("20"), bd("152.5"))).isEqualByComparingTo("262.30");
        PayslipInput in = new PayslipInput(YearMonth.of(2026, 3), new Employee(Category.NON_CADRE, null, bd("1971.70"), null, null),
                new Company(10, bd("1"), null, null), null, List.of(new Absence(null, null, bd("21"), AbsenceMethod.MONTHLY_HOURS)),
                null, null, null);
        assertThat(calc.compute(in).earnings().get(1).amount()).isEqualTo(m("-273.00"));
    }

    @Test
    void absent_the_whole_month_gives_zero_gross() {
        PayslipInput in = new PayslipInput(YearMonth.of(2026, 2), new Employee(Category.NON_CADRE, null, bd("2000"), null, null),
                new Company(10, bd("1"), null, null), null,
                List.of(new Absence(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null, AbsenceMethod.CALENDAR_DAYS)),
                null, null, null);
        Payslip p = calc.compute(in);
        assertThat(p.gross()).isEqualTo(Money.ZERO);
        assertThat(p.netPaid()).isEqualTo(Money.ZERO);
        assertThat(p.hasLine("RGDU")).isFalse();
    }

    /**
     * Benefits in kind and bonuses, hand-computed: 20 meals × 5,50 = 110,00 added to gross then deducted after the net;
     * a non-subject bonus of 50 is paid on top of the net, outside gross.
     */
    @Test
    void benefits_in_kind_added_to_gross_and_deducted_after_net() {
        PayslipInput in = new PayslipInput(YearMonth.of(2026, 4), new Employee(Category.NON_CADRE, null, bd("2000"), null, null),
                new Company(10, bd("1"), bd("40"), bd("50")), null, null,
                List.of(new Bonus("Prime d'objectif", bd("100"), true), new Bonus("Indemnité transport", bd("50"), false)),
                List.of(new BenefitInKind(BenefitKind.MEALS, bd("20"), null)), bd("2"));
        Payslip p = calc.compute(in);
        assertThat(p.gross()).isEqualTo(m("2210.00"));
        assertThat(p.benefitsInKind()).isEqualTo(m("110.00"));
        assertThat(p.line("COMPLEMENTAIRE_SANTE", true)).isEqualTo(m("20.00"));
        assertThat(p.netPaid()).isEqualTo(p.netBeforeTax().minus(m("110.00")).plus(m("50.00")).minus(p.withholdingTax()));
        // given rate 2 % on the net taxable
        assertThat(p.withholdingTax()).isEqualTo(Money.roundedHalfUp(p.netTaxable().amount().multiply(bd("0.02"))));
        // employer health share (20,00) in the net taxable, not in the net social
        assertThat(p.netSocial()).isEqualTo(p.netBeforeTax().plus(m("50.00")));
    }

    @Test
    void hourly_rate_times_hours() {
        PayslipInput in = new PayslipInput(YearMonth.of(2026, 1), new Employee(Category.NON_CADRE, null, null, bd("12.02"), null),
                new Company(10, bd("1"), null, null), null, null, null, null, null);
        // 12,02 × 35 × 52 / 12 = 1 823,0333 → 1 823,03, the published monthly SMIC (service-public.fr, mon-entreprise)
        assertThat(calc.compute(in).gross()).isEqualTo(m("1823.03"));
    }

    @Test
    void taux_neutre_boundaries_belong_to_the_upper_band() {
        assertThat(PayrollParameters.tauxNeutre(bd("1634.99"))).isEqualByComparingTo("0");
        assertThat(PayrollParameters.tauxNeutre(bd("1635"))).isEqualByComparingTo("0.5");
        assertThat(PayrollParameters.tauxNeutre(bd("60000"))).isEqualByComparingTo("43");
    }

    static final class ContributionLineAssert {
        static void base(Payslip p, String code, String expected) {
            assertThat(p.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow().base()).isEqualTo(Money.of(expected));
        }
    }

    private Money absence(String salary, AbsenceMethod method) {
        PayslipInput in = new PayslipInput(YearMonth.of(2026, 3), new Employee(Category.NON_CADRE, null, bd(salary), null, null),
                new Company(10, bd("1"), null, null), null,
                List.of(new Absence(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), null, method)), null, null, null);
        return calc.compute(in).earnings().get(1).amount();
    }
}
