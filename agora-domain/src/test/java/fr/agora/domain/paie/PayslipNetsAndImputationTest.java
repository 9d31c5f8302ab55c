package fr.agora.domain.paie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.paie.Payslip.PayslipWarning;
import fr.agora.domain.paie.PayslipInput.*;
import fr.agora.domain.paie.journal.PayrollJournal;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, paie: the net taxable and mandatory prévoyance (CGI 83 1° quater), the "net à payer avant impôt sur le
 * revenu", the RGDU's imputation on AGIRC-ARRCO and URSSAF (CSS L241-13 VIII), the warnings for what is not modelled.
 * Figures HAND-COMPUTED in the comments.
 */
class PayslipNetsAndImputationTest {

    private final PayslipCalculator calc = new PayslipCalculator();

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    static Money m(String s) {
        return Money.of(s);
    }

    static PayslipInput cadre(String salary, String health, String employerShare) {
        return new PayslipInput(YearMonth.of(2026, 1), new Employee(Category.CADRE, Contract.CDI, bd(salary), null, null),
                new Company(10, bd("1.00"), bd(health), bd(employerShare)), null, null, null, null, null);
    }

    /** Net taxable = net + CSG non déductible + CRDS + employer health + prévoyance above the limit − exempt overtime. */
    static Money taxableWithoutPrevoyance(Payslip p) {
        return p.netBeforeTax().plus(p.line("CSG_NON_DEDUCTIBLE", true)).plus(p.line("CRDS", true)).plus(p.line("COMPLEMENTAIRE_SANTE", false));
    }

    /**
     * Cadre 3 000 €, mutuelle 40 € at 50 %: employer prévoyance 1,50 % × 3 000 = 45,00 and employee health 20,00, within
     * the limit 5 % × 4 005 + 2 % × 3 000 = 260,25: nothing added back; the employer health share (20,00) is taxable.
     */
    @Test
    void mandatory_prevoyance_within_the_limit_is_not_taxable_but_employer_health_is() {
        Payslip p = calc.compute(cadre("3000", "40", "50"));
        assertThat(p.line("PREVOYANCE_CADRE", false)).isEqualTo(m("45.00"));
        assertThat(p.line("COMPLEMENTAIRE_SANTE", false)).isEqualTo(m("20.00"));
        assertThat(p.netTaxable()).isEqualTo(taxableWithoutPrevoyance(p));
        // the montant net social still counts the employer prévoyance (BOSS, RULES-REFERENCE §5.5)
        assertThat(p.netSocial()).isEqualTo(p.netBeforeTax().plus(m("45.00")));
    }

    /**
     * Cadre 3 000 €, mutuelle 700 € paid by the employee alone: deducted 45,00 + 700,00 = 745,00 against the limit
     * 260,25 → 484,75 added back to the net taxable.
     */
    @Test
    void prevoyance_and_employee_health_above_the_limit_are_added_back() {
        Payslip p = calc.compute(cadre("3000", "700", "0"));
        assertThat(p.netTaxable()).isEqualTo(taxableWithoutPrevoyance(p).plus(m("484.75")));
    }

    /**
     * The limit is capped at 2 % of 8 PMSS = 640,80: cadre 30 000 €, mutuelle 1 000 € employee-paid: 5 % × 4 005 +
     * 2 % × 30 000 = 800,25 → 640,80; deducted 60,08 (1,50 % × 4 005 = 60,075) + 1 000 = 1 060,08 → 419,28 added back.
     */
    @Test
    void the_limit_is_capped_at_2_percent_of_8_ceilings() {
        Payslip p = calc.compute(cadre("30000", "1000", "0"));
        assertThat(p.netTaxable()).isEqualTo(taxableWithoutPrevoyance(p).plus(m("419.28")));
    }

    /**
     * Net à payer avant impôt sur le revenu = net − benefits in kind already received + non-subject bonuses:
     * 2 000 € + 20 meals (20 × 5,50 = 110,00) + 50 € non-subject → net − 110 + 50; net paid = that − PAS.
     */
    @Test
    void net_payable_before_income_tax_deducts_benefits_in_kind() {
        Payslip p = calc.compute(new PayslipInput(YearMonth.of(2026, 5), new Employee(Category.NON_CADRE, Contract.CDI, bd("2000"), null, null),
                new Company(10, bd("1.00"), null, null), null, null, List.of(new Bonus("Transport", bd("50"), false)),
                List.of(new BenefitInKind(BenefitKind.MEALS, bd("20"), null)), null));
        assertThat(p.netPayableBeforeIncomeTax()).isEqualTo(p.netBeforeTax().minus(m("110.00")).plus(m("50.00")));
        assertThat(p.netPaid()).isEqualTo(p.netPayableBeforeIncomeTax().minus(p.withholdingTax()));
    }

    /**
     * PUBLISHED amount (mon-entreprise RGDU.test.ts: 2 200 € in June 2026 → 573,98), imputed: Tmax = 0,02 + 0,3781 =
     * 0,3981 (&lt; 50 employees); AGIRC-ARRCO part 573,98 × 0,0601 / 0,3981 = 86,6524 → 86,65; URSSAF 487,33. The
     * journal's totals per body move it: RETRAITE_COMPLEMENTAIRE = its lines − 86,65, URSSAF = its lines + 86,65.
     */
    @Test
    void rgdu_imputed_on_agirc_arrco_and_urssaf() {
        Payslip p = calc.compute(new PayslipInput(YearMonth.of(2026, 6), new Employee(Category.NON_CADRE, Contract.CDI, bd("2200"), null, null),
                new Company(49, bd("2.08"), null, null), null, null, null, null, null));
        assertThat(p.line("RGDU", false)).isEqualTo(m("-573.98"));
        assertThat(p.generalReduction().retraiteComplementaire()).isEqualTo(m("-86.65"));
        assertThat(p.generalReduction().urssaf()).isEqualTo(m("-487.33"));
        Money retirementLines = Money.ZERO;
        Money urssafLines = Money.ZERO;
        for (Payslip.ContributionLine l : p.lines()) {
            Money both = l.employeeAmount().plus(l.employerAmount());
            if (l.body() == Payslip.CollectingBody.RETRAITE_COMPLEMENTAIRE) {
                retirementLines = retirementLines.plus(both);
            } else if (l.body() == Payslip.CollectingBody.URSSAF) {
                urssafLines = urssafLines.plus(both);
            }
        }
        PayrollJournal j = PayrollJournal.of(List.of(p));
        assertThat(j.byCollectingBody().get("RETRAITE_COMPLEMENTAIRE")).isEqualTo(retirementLines.minus(m("86.65")));
        assertThat(j.byCollectingBody().get("URSSAF")).isEqualTo(urssafLines.plus(m("86.65")));
        assertThat(j.totalDebit()).isEqualTo(j.totalCredit());
    }

    @Test
    void contributions_not_modelled_are_warned_about() {
        assertThat(codes(calc.compute(company(10, false)))).isEmpty();
        assertThat(codes(calc.compute(company(11, false)))).containsExactly("VERSEMENT_MOBILITE_NOT_MODELLED");
        assertThat(codes(calc.compute(company(250, false))))
                .containsExactly("CONTRIBUTION_SUPPLEMENTAIRE_APPRENTISSAGE_NOT_MODELLED", "VERSEMENT_MOBILITE_NOT_MODELLED");
        assertThat(codes(calc.compute(company(5, true)))).containsExactly("ALSACE_MOSELLE_NOT_MODELLED");
    }

    static PayslipInput company(int headcount, boolean alsaceMoselle) {
        return new PayslipInput(YearMonth.of(2026, 1), new Employee(Category.NON_CADRE, Contract.CDI, bd("2000"), null, null),
                new Company(headcount, bd("1.00"), null, null, alsaceMoselle), null, null, null, null, null);
    }

    static List<String> codes(Payslip p) {
        return p.warnings().stream().map(PayslipWarning::code).toList();
    }
}
