package fr.agora.domain.paie;

import static fr.agora.domain.paie.parameters.PayrollParameters.*;

import fr.agora.domain.paie.Payslip.ContributionLine;
import fr.agora.domain.paie.Payslip.GeneralReductionImputation;
import fr.agora.domain.paie.Payslip.PayslipWarning;
import fr.agora.domain.paie.PayslipInput.Contract;
import fr.agora.domain.paie.parameters.PayrollParameterTable;
import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the 2026 bulletin clarifié, in the order of the payslip: the gross ({@link GrossPay}), the month's ceiling
 * ({@link SocialSecurityCeiling}), the contribution lines ({@link ContributionLines}), the exonérations
 * ({@link Reductions}), then the totals and nets. Rounding policy: every earning and every contribution line is
 * rounded to the cent HALF_UP from an exact product (base × rate); each tranche is its own line (so T1 and T2 are
 * rounded separately, as OpenFisca does); totals and nets are exact sums and differences of the rounded lines.
 */
public final class PayslipCalculator {

    private final PayrollParameterTable table;

    public PayslipCalculator(PayrollParameterTable table) {
        this.table = table;
    }

    public PayslipCalculator() {
        this(PayrollParameterTable.DEFAULT);
    }

    public Payslip compute(PayslipInput in) {
        PayrollParameters p = table.forMonth(in.period());
        boolean apprentice = in.employee().contract() == Contract.APPRENTICE;
        int headcount = in.company().headcount();
        GrossPay pay = new GrossPay(in, p);
        BigDecimal ceiling = SocialSecurityCeiling.of(p, pay);
        ContributionLines contributions = new ContributionLines(in, p, pay, ceiling);
        Reductions.overtimeReductions(pay, contributions, ceiling, apprentice, headcount);
        GeneralReductionImputation rgdu = Reductions.generalReduction(p, pay, contributions, headcount);

        Money totalEmployee = Money.ZERO;
        Money totalEmployer = Money.ZERO;
        for (ContributionLine l : contributions.lines) {
            totalEmployee = totalEmployee.plus(l.employeeAmount());
            totalEmployer = totalEmployer.plus(l.employerAmount());
        }
        Money net = pay.gross.minus(totalEmployee);
        Money netTaxable = netTaxable(p, pay, contributions, net, apprentice);
        Money netSocial = net.plus(contributions.employerPrevoyance).plus(pay.nonSubjectBonuses);
        BigDecimal pasRate = in.withholdingTaxRate() != null ? in.withholdingTaxRate() : PayrollParameters.tauxNeutre(netTaxable.amount());
        Money withholdingTax = netTaxable.max(Money.ZERO).percent(pasRate, Money.HALF_UP);
        Money netPayableBeforeIncomeTax = netPayableBeforeIncomeTax(pay, net);
        Money netPaid = netPayableBeforeIncomeTax.minus(withholdingTax);
        Money employerCost = pay.gross.plus(totalEmployer).plus(pay.nonSubjectBonuses);
        return new Payslip(in.period(), List.copyOf(pay.earnings), pay.gross, List.copyOf(contributions.lines), totalEmployee,
                totalEmployer, net, netTaxable, netSocial, pasRate, withholdingTax, pay.benefitsInKind, pay.nonSubjectBonuses,
                netPaid, employerCost, p, netPayableBeforeIncomeTax, Money.roundedHalfUp(ceiling), pay.sickPay, rgdu,
                warnings(in));
    }

    /**
     * Net taxable = net + CSG non déductible + CRDS (+ on exempt overtime) + employer frais de santé + the prévoyance
     * above the CGI 83 1° quater limit − exempt overtime pay + taxable IJSS; for an apprentice, minus the month's SMIC
     * (CGI art. 81 bis, floored at 0). The exempt overtime's 7 500 €/year cap is not tracked (one month is computed).
     */
    private static Money netTaxable(PayrollParameters p, GrossPay pay, ContributionLines c, Money net, boolean apprentice) {
        Money taxable = net.plus(c.csgNonDeductible).plus(c.crds).plus(c.csgOnOvertime).plus(c.employerHealth)
                .plus(prevoyanceAboveTheTaxLimit(p, pay, c)).minus(pay.overtimePay);
        if (apprentice) {
            Money smic = Money.roundedHalfUp(p.smicHourly().multiply(LEGAL_MONTHLY_HOURS));
            taxable = taxable.minus(smic).max(Money.ZERO);
        }
        return taxable.plus(pay.sickPay.ijssTaxable());
    }

    /**
     * The employer's mandatory prévoyance (décès, incapacité, invalidité) is not taxable, nor are the employee's
     * health contributions already deducted from the net, within 5 % PMSS + 2 % of the month's gross, the whole at
     * most 2 % of 8 PMSS (CGI 83 1° quater, taken monthly); what exceeds the limit is added back. The employer share of
     * frais de santé is taxable in full and is not part of this (CGI 83 1° quater, 2nd paragraph, since 2013 income).
     */
    static Money prevoyanceAboveTheTaxLimit(PayrollParameters p, GrossPay pay, ContributionLines c) {
        Money deducted = c.employerPrevoyance.plus(c.employeeHealth);
        BigDecimal limitFloor = p.pmss().multiply(PREVOYANCE_LIMIT_PSS_SHARE);
        if (deducted.amount().compareTo(limitFloor) <= 0) {
            return Money.ZERO; // under 5 % PMSS, the smallest the limit can be
        }
        BigDecimal limit = limitFloor.add(pay.gross.amount().multiply(PREVOYANCE_LIMIT_GROSS_SHARE))
                .min(p.pmss().multiply(PREVOYANCE_LIMIT_CAP_PSS));
        return Money.roundedHalfUp(deducted.amount().subtract(limit).max(BigDecimal.ZERO));
    }

    /** "Net à payer avant impôt sur le revenu": net − benefits in kind already received + non-subject bonuses + IJSS advanced. */
    private static Money netPayableBeforeIncomeTax(GrossPay pay, Money net) {
        return net.minus(pay.benefitsInKind).plus(pay.nonSubjectBonuses).plus(pay.sickPay.ijssNet());
    }

    private static final PayslipWarning CSA_APPRENTISSAGE = new PayslipWarning("CONTRIBUTION_SUPPLEMENTAIRE_APPRENTISSAGE_NOT_MODELLED",
            "250 employees or more: the contribution supplémentaire à l'apprentissage (CGI 1609 quinvicies, 0,05 % to 0,6 %"
                    + " of the pay by the share of apprentices and work-study contracts) is due annually and is not computed");
    private static final PayslipWarning VERSEMENT_MOBILITE = new PayslipWarning("VERSEMENT_MOBILITE_NOT_MODELLED",
            "11 employees or more: the versement mobilité (CGCT L2333-64) is due where a mobility authority levies it, at"
                    + " the rate of the establishment's commune; it is not computed");
    private static final PayslipWarning ALSACE_MOSELLE = new PayslipWarning("ALSACE_MOSELLE_NOT_MODELLED",
            "Alsace-Moselle: the employee's additional maladie contribution (1,30 %) and the local taxe d'apprentissage"
                    + " rate (0,44 %, no solde) are not applied; the general rules were used");

    /** Contributions that may apply and are not modelled: said in the answer, never silently left out. */
    private static List<PayslipWarning> warnings(PayslipInput in) {
        int headcount = in.company().headcount();
        boolean alsaceMoselle = in.company().alsaceMoselle();
        if (headcount < VERSEMENT_MOBILITE_HEADCOUNT && !alsaceMoselle) {
            return List.of();
        }
        if (headcount < CSA_APPRENTISSAGE_HEADCOUNT && !alsaceMoselle) {
            return List.of(VERSEMENT_MOBILITE);
        }
        List<PayslipWarning> warnings = new ArrayList<>(3);
        if (headcount >= CSA_APPRENTISSAGE_HEADCOUNT) {
            warnings.add(CSA_APPRENTISSAGE);
        }
        if (headcount >= VERSEMENT_MOBILITE_HEADCOUNT) {
            warnings.add(VERSEMENT_MOBILITE);
        }
        if (alsaceMoselle) {
            warnings.add(ALSACE_MOSELLE);
        }
        return List.copyOf(warnings);
    }
}
