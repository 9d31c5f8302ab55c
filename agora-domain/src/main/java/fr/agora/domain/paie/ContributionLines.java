package fr.agora.domain.paie;

import static fr.agora.domain.paie.parameters.PayrollParameters.*;

import fr.agora.domain.paie.Payslip.CollectingBody;
import fr.agora.domain.paie.Payslip.ContributionLine;
import fr.agora.domain.paie.PayslipInput.Category;
import fr.agora.domain.paie.PayslipInput.Company;
import fr.agora.domain.paie.PayslipInput.Contract;
import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The contribution lines of the bulletin clarifié, block by block (santé, accidents du travail, retraite, famille,
 * assurance chômage, autres contributions employeur, CSG/CRDS). T1, T2 and every "4 PMSS" use the month's
 * ceiling, prorated for part time and a partial month ({@link SocialSecurityCeiling}).
 */
final class ContributionLines {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal EIGHT = BigDecimal.valueOf(8);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final String OTHER = "Autres contributions dues par l'employeur";

    final List<ContributionLine> lines = new ArrayList<>(32);
    private final Company company;
    private final boolean apprentice;
    private final BigDecimal gross;
    /** The employee's base: gross, or for an apprentice the part above 50 % of the full-time SMIC. */
    private final BigDecimal employeeGross;
    private final BigDecimal ceiling;
    private final BigDecimal fourCeilings;
    private final BigDecimal eightCeilings;
    private final BigDecimal overtimePay;
    Money employerHealth = Money.ZERO;
    Money employeeHealth = Money.ZERO;
    Money employerPrevoyance = Money.ZERO;
    Money csgNonDeductible = Money.ZERO;
    Money crds = Money.ZERO;
    Money csgOnOvertime = Money.ZERO;
    /** The employer's AGIRC-ARRCO and CEG contributions, the most the RGDU can be imputed on there. */
    Money employerAgircArrco = Money.ZERO;

    ContributionLines(PayslipInput in, PayrollParameters p, GrossPay pay, BigDecimal ceiling) {
        this.company = in.company();
        this.apprentice = in.employee().contract() == Contract.APPRENTICE;
        this.gross = pay.gross.amount();
        this.ceiling = ceiling;
        this.fourCeilings = ceiling.multiply(FOUR);
        this.eightCeilings = ceiling.multiply(EIGHT);
        this.overtimePay = pay.overtimePay.amount();
        // Apprentices (contracts from 03/2025): employee contributions and CSG/CRDS only on the part above 50 % of
        // the full-time SMIC (C. trav. L6243-2; modele-social "assiette réduite apprentissage").
        BigDecimal smicFullTime = p.smicHourly().multiply(LEGAL_MONTHLY_HOURS);
        this.employeeGross = apprentice ? gross.subtract(smicFullTime.multiply(APPRENTICE_EXEMPT_SMIC_SHARE)).max(BigDecimal.ZERO) : gross;
        health();
        accidentsAtWork();
        retirement(in.employee().category() == Category.CADRE);
        familyAndUnemployment();
        otherEmployerContributions(in.employee().contract());
        csgCrds();
    }

    private BigDecimal t1(BigDecimal base) {
        return base.min(ceiling);
    }

    private BigDecimal t2(BigDecimal base) {
        return base.min(eightCeilings).subtract(ceiling).max(BigDecimal.ZERO);
    }

    private BigDecimal upTo4Ceilings(BigDecimal base) {
        return base.min(fourCeilings);
    }

    private void health() {
        add("MALADIE", "Sécurité sociale maladie maternité invalidité décès", "Santé", CollectingBody.URSSAF, gross, null, MALADIE_ER);
        if (company.healthMonthlyAmount().signum() > 0) {
            BigDecimal m = company.healthMonthlyAmount().setScale(2, RoundingMode.HALF_UP);
            employerHealth = Money.roundedHalfUp(m.multiply(company.healthEmployerSharePercent()).movePointLeft(2));
            employeeHealth = Money.of(m).minus(employerHealth);
            lines.add(new ContributionLine("COMPLEMENTAIRE_SANTE", "Complémentaire santé", "Santé", CollectingBody.PREVOYANCE_SANTE,
                    Money.of(m), HUNDRED.subtract(company.healthEmployerSharePercent()), employeeHealth,
                    company.healthEmployerSharePercent(), employerHealth));
        }
    }

    private void accidentsAtWork() {
        add("AT_MP", "Accidents du travail - maladies professionnelles", "Accidents du travail", CollectingBody.URSSAF, gross, null, company.accidentRate());
    }

    private void retirement(boolean cadre) {
        CollectingBody rc = CollectingBody.RETRAITE_COMPLEMENTAIRE;
        add("VIEILLESSE_PLAFONNEE", "Sécurité sociale plafonnée", "Retraite", CollectingBody.URSSAF, t1(gross), t1(employeeGross), VIEIL_PLAF_EE, VIEIL_PLAF_ER);
        add("VIEILLESSE_DEPLAFONNEE", "Sécurité sociale déplafonnée", "Retraite", CollectingBody.URSSAF, gross, employeeGross, VIEIL_DEPLAF_EE, VIEIL_DEPLAF_ER);
        agircArrco("AGIRC_ARRCO_T1", "Complémentaire AGIRC-ARRCO tranche 1", t1(gross), t1(employeeGross), AGIRC_T1_EE, AGIRC_T1_ER);
        agircArrco("CEG_T1", "Contribution d'équilibre général tranche 1", t1(gross), t1(employeeGross), CEG_T1_EE, CEG_T1_ER);
        if (t2(gross).signum() > 0) {
            agircArrco("AGIRC_ARRCO_T2", "Complémentaire AGIRC-ARRCO tranche 2", t2(gross), t2(employeeGross), AGIRC_T2_EE, AGIRC_T2_ER);
            agircArrco("CEG_T2", "Contribution d'équilibre général tranche 2", t2(gross), t2(employeeGross), CEG_T2_EE, CEG_T2_ER);
        }
        if (gross.compareTo(ceiling) > 0) {
            add("CET", "Contribution d'équilibre technique", "Retraite", rc,
                    gross.min(eightCeilings), employeeGross.min(eightCeilings), CET_EE, CET_ER);
        }
        if (cadre) {
            add("APEC", "APEC", "Retraite", rc, upTo4Ceilings(gross), upTo4Ceilings(gross), APEC_EE, APEC_ER);
            employerPrevoyance = add("PREVOYANCE_CADRE", "Prévoyance cadre (1,50 % T1)", "Prévoyance", CollectingBody.PREVOYANCE_SANTE,
                    t1(gross), t1(gross), null, PREVOYANCE_CADRE_ER)[1];
        }
    }

    private void familyAndUnemployment() {
        add("FAMILLE", "Allocations familiales", "Famille", CollectingBody.URSSAF, gross, null, FAMILLE_ER);
        add("CHOMAGE", "Assurance chômage", "Assurance chômage", CollectingBody.URSSAF, upTo4Ceilings(gross), null, CHOMAGE_ER);
        add("AGS", "AGS", "Assurance chômage", CollectingBody.URSSAF, upTo4Ceilings(gross), null, AGS_ER);
    }

    private void otherEmployerContributions(Contract contract) {
        boolean under50 = company.headcount() < 50;
        add("FNAL", "FNAL", OTHER, CollectingBody.URSSAF, under50 ? t1(gross) : gross, null, under50 ? FNAL_SMALL_ER : FNAL_LARGE_ER);
        add("CSA", "Contribution solidarité autonomie", OTHER, CollectingBody.URSSAF, gross, null, CSA_ER);
        add("DIALOGUE_SOCIAL", "Contribution au dialogue social", OTHER, CollectingBody.URSSAF, gross, null, DIALOGUE_SOCIAL_ER);
        // Apprentices of employers under 11: no formation contribution; of employers of 10 or fewer: no taxe
        // d'apprentissage (modele-social formation professionnelle / taxe d'apprentissage "applicable si").
        if (!(apprentice && company.headcount() < 11)) {
            add("FORMATION", "Contribution à la formation professionnelle", OTHER, CollectingBody.URSSAF, gross, null,
                    company.headcount() < 11 ? FORMATION_SMALL_ER : FORMATION_LARGE_ER);
            add("TAXE_APPRENTISSAGE", "Taxe d'apprentissage", OTHER, CollectingBody.URSSAF, gross, null, APPRENTISSAGE_ER);
            add("TAXE_APPRENTISSAGE_SOLDE", "Solde de la taxe d'apprentissage", OTHER, CollectingBody.URSSAF, gross, null, APPRENTISSAGE_SOLDE_ER);
        }
        if (!under50) {
            add("PEEC", "Participation à l'effort de construction", OTHER, CollectingBody.URSSAF, gross, null, PEEC_ER);
        }
        if (contract == Contract.CDD) {
            add("CPF_CDD", "Contribution CPF-CDD", OTHER, CollectingBody.URSSAF, gross, null, CPF_CDD_ER);
        }
        Money welfare = employerHealth.plus(employerPrevoyance);
        if (company.headcount() >= 11 && welfare.isPositive()) {
            add("FORFAIT_SOCIAL", "Forfait social (prévoyance et santé)", OTHER, CollectingBody.URSSAF, welfare.amount(), null, FORFAIT_SOCIAL_PREVOYANCE_ER);
        }
    }

    /**
     * CSG base = 98,25 % up to 4 ceilings + 100 % above + employer health and welfare (apprentice: on the part of gross
     * above 50 % SMIC, nothing when gross is below it). The exempt overtime (98,25 % of it) is taken out of the
     * deductible and non-deductible lines and carries its own line at 6,80 + 2,40 = 9,20 % (modele-social CSG . non
     * déductible . heures supplémentaires); the CRDS is on the whole base.
     */
    private void csgCrds() {
        BigDecimal capped = upTo4Ceilings(employeeGross);
        BigDecimal base = apprentice && employeeGross.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : capped.multiply(CSG_ABATEMENT_FACTOR).add(employeeGross.subtract(capped))
                .add(employerHealth.amount()).add(employerPrevoyance.amount());
        BigDecimal overtimeBase = overtimePay.multiply(CSG_ABATEMENT_FACTOR).min(base);
        add("CSG_DEDUCTIBLE", "CSG déductible de l'impôt sur le revenu", "CSG", CollectingBody.URSSAF, base.subtract(overtimeBase), CSG_DED_EE, null);
        csgNonDeductible = add("CSG_NON_DEDUCTIBLE", "CSG non déductible de l'impôt sur le revenu", "CSG/CRDS", CollectingBody.URSSAF,
                base.subtract(overtimeBase), CSG_ND_EE, null)[0];
        crds = add("CRDS", "CRDS non déductible de l'impôt sur le revenu", "CSG/CRDS", CollectingBody.URSSAF, base, CRDS_EE, null)[0];
        if (overtimeBase.signum() > 0) {
            csgOnOvertime = add("CSG_NON_DEDUCTIBLE_HS", "CSG/CRDS non déductible sur heures supplémentaires exonérées", "CSG/CRDS",
                    CollectingBody.URSSAF, overtimeBase, CSG_HS_EE, null)[0];
        }
    }

    /** The employee's retirement contributions so far (vieillesse, AGIRC-ARRCO, CEG, CET), for the overtime reduction. */
    BigDecimal employeeRetirement() {
        BigDecimal total = BigDecimal.ZERO;
        for (ContributionLine l : lines) {
            String c = l.code();
            if (c.startsWith("VIEILLESSE") || c.startsWith("AGIRC") || c.startsWith("CEG") || c.equals("CET")) {
                total = total.add(l.employeeAmount().amount());
            }
        }
        return total;
    }

    /** An AGIRC-ARRCO or CEG line, its employer amount counted for the RGDU's imputation. */
    private void agircArrco(String code, String label, BigDecimal base, BigDecimal eeBase, BigDecimal eeRate, BigDecimal erRate) {
        employerAgircArrco = employerAgircArrco.plus(add(code, label, "Retraite", CollectingBody.RETRAITE_COMPLEMENTAIRE, base, eeBase, eeRate, erRate)[1]);
    }

    private Money[] add(String code, String label, String block, CollectingBody body, BigDecimal base, BigDecimal eeRate, BigDecimal erRate) {
        return add(code, label, block, body, base, base, eeRate, erRate);
    }

    /**
     * Adds a line; returns {employee amount, employer amount}. A null rate means the side does not pay. The amount
     * comes from the exact base (a CSG base of 98,25 %, an apprentice's base above 50 % SMIC are not rounded first);
     * the line shows the employer base rounded to the cent.
     */
    private Money[] add(String code, String label, String block, CollectingBody body, BigDecimal base, BigDecimal eeBase,
                        BigDecimal eeRate, BigDecimal erRate) {
        Money ee = eeRate == null ? Money.ZERO : Money.roundedHalfUp(eeBase.multiply(eeRate).movePointLeft(2));
        Money er = erRate == null ? Money.ZERO : Money.roundedHalfUp(base.multiply(erRate).movePointLeft(2));
        lines.add(new ContributionLine(code, label, block, body, Money.roundedHalfUp(base), eeRate, ee, erRate, er));
        return new Money[] {ee, er};
    }
}
