package fr.agora.domain.paie;

import static fr.agora.domain.paie.parameters.PayrollParameters.*;

import fr.agora.domain.paie.Payslip.CollectingBody;
import fr.agora.domain.paie.Payslip.ContributionLine;
import fr.agora.domain.paie.Payslip.EarningLine;
import fr.agora.domain.paie.PayslipInput.Absence;
import fr.agora.domain.paie.PayslipInput.BenefitInKind;
import fr.agora.domain.paie.PayslipInput.Bonus;
import fr.agora.domain.paie.PayslipInput.Category;
import fr.agora.domain.paie.PayslipInput.OvertimeWeek;
import fr.agora.domain.paie.parameters.PayrollParameterTable;
import fr.agora.domain.paie.parameters.PayrollParameters;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the 2026 bulletin clarifié. Rounding policy: every earning and every contribution line is rounded to
 * the cent HALF_UP from an exact product (base × rate); each tranche is its own line (so T1 and T2 are rounded
 * separately, as OpenFisca does); the CSG/CRDS base is rounded to the cent before the rates apply; totals and nets
 * are exact sums and differences of the rounded lines.
 */
public final class PayslipCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal EIGHT = BigDecimal.valueOf(8);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal DAILY_DIVISOR = BigDecimal.valueOf(260); // 52 weeks × 5 days / 12 months
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final PayrollParameterTable table;

    public PayslipCalculator(PayrollParameterTable table) {
        this.table = table;
    }

    public PayslipCalculator() {
        this(PayrollParameterTable.DEFAULT);
    }

    public Payslip compute(PayslipInput in) {
        PayrollParameters p = table.forMonth(in.period());
        PayslipInput.Employee emp = in.employee();
        // Computations use the exact legal hours (35 × 52 / 12) when the contract gives none; 151,67 is displayed.
        BigDecimal hours = emp.monthlyHours() == null ? LEGAL_MONTHLY_HOURS : emp.monthlyHours();
        BigDecimal shownHours = hours.setScale(2, RoundingMode.HALF_UP);
        boolean apprentice = emp.contract() == PayslipInput.Contract.APPRENTICE;
        List<EarningLine> earnings = new ArrayList<>();

        // 1. Base salary
        BigDecimal base = emp.baseSalary() != null ? emp.baseSalary().setScale(2, RoundingMode.HALF_UP)
                : emp.hourlyRate().multiply(hours).setScale(2, RoundingMode.HALF_UP);
        BigDecimal hourly = emp.baseSalary() != null ? base.divide(hours, MathContext.DECIMAL64) : emp.hourlyRate();
        earnings.add(new EarningLine("BASE", "Salaire de base", shownHours, hourly.setScale(4, RoundingMode.HALF_UP), Money.of(base)));
        BigDecimal gross = base;

        // 2. Overtime: bands counted per week (over 35 h: the first 8 at the first rate, beyond at the second), then
        //    one earning line per majoration rate for the month (hours summed), rounded once — as the payslip shows it
        //    and as mon-entreprise computes it (monthly hours × hourly rate × (1 + rate)).
        BigDecimal h25 = BigDecimal.ZERO;
        BigDecimal h50 = BigDecimal.ZERO;
        BigDecimal hsPay = BigDecimal.ZERO;
        java.util.Map<BigDecimal, BigDecimal> hoursByRate = new java.util.LinkedHashMap<>();
        for (OvertimeWeek w : in.overtime()) {
            BigDecimal over = w.hoursWorked().subtract(LEGAL_WEEKLY_HOURS).max(BigDecimal.ZERO);
            BigDecimal first = over.min(EIGHT);
            BigDecimal second = over.subtract(first);
            BigDecimal r1 = (w.firstRate() == null ? BigDecimal.valueOf(25) : w.firstRate()).stripTrailingZeros();
            BigDecimal r2 = (w.secondRate() == null ? BigDecimal.valueOf(50) : w.secondRate()).stripTrailingZeros();
            if (first.signum() > 0) {
                hoursByRate.merge(r1, first, BigDecimal::add);
                h25 = h25.add(first);
            }
            if (second.signum() > 0) {
                hoursByRate.merge(r2, second, BigDecimal::add);
                h50 = h50.add(second);
            }
        }
        for (java.util.Map.Entry<BigDecimal, BigDecimal> e : hoursByRate.entrySet()) {
            BigDecimal f = HUNDRED.add(e.getKey()).movePointLeft(2);
            BigDecimal amt = e.getValue().multiply(hourly).multiply(f).setScale(2, RoundingMode.HALF_UP);
            String r = e.getKey().toPlainString();
            earnings.add(new EarningLine("HS" + r, "Heures supplémentaires +" + r + " %", e.getValue(),
                    hourly.multiply(f).setScale(4, RoundingMode.HALF_UP), Money.of(amt)));
            hsPay = hsPay.add(amt);
        }
        gross = gross.add(hsPay);

        // 3. Absences, method named; never more than the base salary in total
        BigDecimal dailyHours = hours.multiply(TWELVE).divide(DAILY_DIVISOR, 2, RoundingMode.HALF_UP);
        BigDecimal absTotal = BigDecimal.ZERO;
        for (Absence a : in.absences()) {
            BigDecimal units;
            if (a.hours() != null) {
                units = AbsenceDeduction.absentUnits(a.method(), a.hours(), dailyHours);
            } else {
                units = AbsenceDeduction.absentUnits(a.method(), a.from(), a.to(), dailyHours);
            }
            BigDecimal monthUnits = AbsenceDeduction.monthUnits(a.method(), in.period(), hours, dailyHours);
            BigDecimal shownUnits = monthUnits.setScale(2, RoundingMode.HALF_UP);
            BigDecimal ded = a.hours() == null && AbsenceDeduction.wholeMonth(a.from(), a.to(), in.period())
                    ? base : AbsenceDeduction.deduction(base, units, monthUnits);
            ded = ded.min(base.subtract(absTotal));
            absTotal = absTotal.add(ded);
            earnings.add(new EarningLine("ABS_" + a.method(), "Absence (" + a.method() + ")",
                    units.setScale(2, RoundingMode.HALF_UP), shownUnits, Money.of(ded.negate())));
        }
        gross = gross.subtract(absTotal);

        // 4. Bonuses
        BigDecimal nonSubject = BigDecimal.ZERO;
        for (Bonus b : in.bonuses()) {
            BigDecimal amt = b.amount().setScale(2, RoundingMode.HALF_UP);
            earnings.add(new EarningLine(b.subjectToContributions() ? "PRIME" : "PRIME_NON_SOUMISE",
                    b.label() == null ? "Prime" : b.label(), null, null, Money.of(amt)));
            if (b.subjectToContributions()) {
                gross = gross.add(amt);
            } else {
                nonSubject = nonSubject.add(amt);
            }
        }

        // 5. Benefits in kind: added to gross, deducted after the net
        BigDecimal aen = BigDecimal.ZERO;
        for (BenefitInKind b : in.benefitsInKind()) {
            BigDecimal amt = b.kind() == PayslipInput.BenefitKind.MEALS
                    ? b.quantity().multiply(p.mealBenefit()).setScale(2, RoundingMode.HALF_UP)
                    : b.amount().setScale(2, RoundingMode.HALF_UP);
            earnings.add(new EarningLine("AEN_" + b.kind(), "Avantage en nature (" + b.kind() + ")",
                    b.kind() == PayslipInput.BenefitKind.MEALS ? b.quantity() : null,
                    b.kind() == PayslipInput.BenefitKind.MEALS ? p.mealBenefit() : null, Money.of(amt)));
            aen = aen.add(amt);
        }
        gross = gross.add(aen);

        // 6. Contributions
        BigDecimal pmss = p.pmss();
        BigDecimal t1 = gross.min(pmss);
        BigDecimal t2 = gross.min(pmss.multiply(EIGHT)).subtract(pmss).max(BigDecimal.ZERO);
        BigDecimal cap4 = gross.min(pmss.multiply(FOUR));
        PayslipInput.Company co = in.company();
        boolean cadre = emp.category() == Category.CADRE;
        // Apprentices (contracts from 03/2025): employee contributions and CSG/CRDS only on the part above 50 % of
        // the full-time SMIC (C. trav. L6243-2; modele-social "assiette réduite apprentissage").
        BigDecimal smicFullTime = p.smicHourly().multiply(LEGAL_MONTHLY_HOURS);
        BigDecimal eeGross = apprentice ? gross.subtract(smicFullTime.multiply(APPRENTICE_EXEMPT_SMIC_SHARE)).max(BigDecimal.ZERO) : gross;
        BigDecimal eeT1 = eeGross.min(pmss);
        BigDecimal eeT2 = eeGross.min(pmss.multiply(EIGHT)).subtract(pmss).max(BigDecimal.ZERO);
        List<ContributionLine> lines = new ArrayList<>(32);

        add(lines, "MALADIE", "Sécurité sociale maladie maternité invalidité décès", "Santé", CollectingBody.URSSAF, gross, null, MALADIE_ER);
        BigDecimal healthEr = BigDecimal.ZERO;
        if (co.healthMonthlyAmount().signum() > 0) {
            BigDecimal m = co.healthMonthlyAmount().setScale(2, RoundingMode.HALF_UP);
            healthEr = m.multiply(co.healthEmployerSharePercent()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            BigDecimal healthEe = m.subtract(healthEr);
            lines.add(new ContributionLine("COMPLEMENTAIRE_SANTE", "Complémentaire santé", "Santé", CollectingBody.PREVOYANCE_SANTE,
                    Money.of(m), HUNDRED.subtract(co.healthEmployerSharePercent()), Money.of(healthEe),
                    co.healthEmployerSharePercent(), Money.of(healthEr)));
        }
        add(lines, "AT_MP", "Accidents du travail - maladies professionnelles", "Accidents du travail", CollectingBody.URSSAF, gross, null, co.accidentRate());
        add(lines, "VIEILLESSE_PLAFONNEE", "Sécurité sociale plafonnée", "Retraite", CollectingBody.URSSAF, t1, eeT1, VIEIL_PLAF_EE, VIEIL_PLAF_ER);
        add(lines, "VIEILLESSE_DEPLAFONNEE", "Sécurité sociale déplafonnée", "Retraite", CollectingBody.URSSAF, gross, eeGross, VIEIL_DEPLAF_EE, VIEIL_DEPLAF_ER);
        add(lines, "AGIRC_ARRCO_T1", "Complémentaire AGIRC-ARRCO tranche 1", "Retraite", CollectingBody.RETRAITE_COMPLEMENTAIRE, t1, eeT1, AGIRC_T1_EE, AGIRC_T1_ER);
        add(lines, "CEG_T1", "Contribution d'équilibre général tranche 1", "Retraite", CollectingBody.RETRAITE_COMPLEMENTAIRE, t1, eeT1, CEG_T1_EE, CEG_T1_ER);
        if (t2.signum() > 0) {
            add(lines, "AGIRC_ARRCO_T2", "Complémentaire AGIRC-ARRCO tranche 2", "Retraite", CollectingBody.RETRAITE_COMPLEMENTAIRE, t2, eeT2, AGIRC_T2_EE, AGIRC_T2_ER);
            add(lines, "CEG_T2", "Contribution d'équilibre général tranche 2", "Retraite", CollectingBody.RETRAITE_COMPLEMENTAIRE, t2, eeT2, CEG_T2_EE, CEG_T2_ER);
        }
        if (gross.compareTo(pmss) > 0) {
            add(lines, "CET", "Contribution d'équilibre technique", "Retraite", CollectingBody.RETRAITE_COMPLEMENTAIRE,
                    gross.min(pmss.multiply(EIGHT)), eeGross.min(pmss.multiply(EIGHT)), CET_EE, CET_ER);
        }
        BigDecimal prevEr = BigDecimal.ZERO;
        if (cadre) {
            add(lines, "APEC", "APEC", "Retraite", CollectingBody.RETRAITE_COMPLEMENTAIRE, cap4, APEC_EE, APEC_ER);
            prevEr = add(lines, "PREVOYANCE_CADRE", "Prévoyance cadre (1,50 % T1)", "Prévoyance", CollectingBody.PREVOYANCE_SANTE, t1, null, PREVOYANCE_CADRE_ER)[1];
        }
        add(lines, "FAMILLE", "Allocations familiales", "Famille", CollectingBody.URSSAF, gross, null, FAMILLE_ER);
        add(lines, "CHOMAGE", "Assurance chômage", "Assurance chômage", CollectingBody.URSSAF, cap4, null, CHOMAGE_ER);
        add(lines, "AGS", "AGS", "Assurance chômage", CollectingBody.URSSAF, cap4, null, AGS_ER);
        boolean small50 = co.headcount() < 50;
        add(lines, "FNAL", "FNAL", "Autres contributions dues par l'employeur", CollectingBody.URSSAF, small50 ? t1 : gross, null, small50 ? FNAL_SMALL_ER : FNAL_LARGE_ER);
        add(lines, "CSA", "Contribution solidarité autonomie", "Autres contributions dues par l'employeur", CollectingBody.URSSAF, gross, null, CSA_ER);
        add(lines, "DIALOGUE_SOCIAL", "Contribution au dialogue social", "Autres contributions dues par l'employeur", CollectingBody.URSSAF, gross, null, DIALOGUE_SOCIAL_ER);
        // Apprentices of employers under 11: no formation contribution; of employers of 10 or fewer: no taxe
        // d'apprentissage (modele-social formation professionnelle / taxe d'apprentissage "applicable si").
        if (!(apprentice && co.headcount() < 11)) {
            add(lines, "FORMATION", "Contribution à la formation professionnelle", "Autres contributions dues par l'employeur", CollectingBody.URSSAF, gross, null, co.headcount() < 11 ? FORMATION_SMALL_ER : FORMATION_LARGE_ER);
            add(lines, "TAXE_APPRENTISSAGE", "Taxe d'apprentissage", "Autres contributions dues par l'employeur", CollectingBody.URSSAF, gross, null, APPRENTISSAGE_ER);
            add(lines, "TAXE_APPRENTISSAGE_SOLDE", "Solde de la taxe d'apprentissage", "Autres contributions dues par l'employeur", CollectingBody.URSSAF, gross, null, APPRENTISSAGE_SOLDE_ER);
        }
        if (!small50) {
            add(lines, "PEEC", "Participation à l'effort de construction", "Autres contributions dues par l'employeur", CollectingBody.URSSAF, gross, null, PEEC_ER);
        }
        if (emp.contract() == PayslipInput.Contract.CDD) {
            add(lines, "CPF_CDD", "Contribution CPF-CDD", "Autres contributions dues par l'employeur", CollectingBody.URSSAF, gross, null, CPF_CDD_ER);
        }
        BigDecimal welfareEr = healthEr.add(prevEr);
        if (co.headcount() >= 11 && welfareEr.signum() > 0) {
            add(lines, "FORFAIT_SOCIAL", "Forfait social (prévoyance et santé)", "Autres contributions dues par l'employeur", CollectingBody.URSSAF, welfareEr, null, FORFAIT_SOCIAL_PREVOYANCE_ER);
        }

        // CSG / CRDS: 98.25 % up to 4 PMSS, 100 % above, plus employer health and welfare contributions
        // CSG base = 98,25 % up to 4 PMSS + 100 % above + employer health and welfare (apprentice: on the part of
        // gross above 50 % SMIC, nothing when gross is below it). The exempt overtime (98,25 % of it) is taken out of
        // the deductible and non-deductible lines and carries its own line at 6,80 + 2,40 = 9,20 % (modele-social
        // CSG . non déductible . heures supplémentaires); the CRDS is on the whole base.
        BigDecimal csgGross = eeGross;
        BigDecimal csgCap4 = csgGross.min(pmss.multiply(FOUR));
        BigDecimal csgBase = apprentice && csgGross.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : csgCap4.multiply(CSG_ABATEMENT_FACTOR).add(csgGross.subtract(csgCap4))
                .add(healthEr).add(prevEr);
        BigDecimal hsCsgBase = hsPay.multiply(CSG_ABATEMENT_FACTOR).min(csgBase);
        add(lines, "CSG_DEDUCTIBLE", "CSG déductible de l'impôt sur le revenu", "CSG", CollectingBody.URSSAF, csgBase.subtract(hsCsgBase), CSG_DED_EE, null);
        BigDecimal csgNd = add(lines, "CSG_NON_DEDUCTIBLE", "CSG non déductible de l'impôt sur le revenu", "CSG/CRDS", CollectingBody.URSSAF, csgBase.subtract(hsCsgBase), CSG_ND_EE, null)[0];
        BigDecimal crds = add(lines, "CRDS", "CRDS non déductible de l'impôt sur le revenu", "CSG/CRDS", CollectingBody.URSSAF, csgBase, CRDS_EE, null)[0];
        BigDecimal csgHs = BigDecimal.ZERO;
        if (hsCsgBase.signum() > 0) {
            csgHs = add(lines, "CSG_NON_DEDUCTIBLE_HS", "CSG/CRDS non déductible sur heures supplémentaires exonérées", "CSG/CRDS", CollectingBody.URSSAF, hsCsgBase, CSG_HS_EE, null)[0];
        }

        // Employee overtime reduction: HS pay × min(11.31 %, effective retirement rate)
        if (hsPay.signum() > 0) {
            BigDecimal rate = HS_REDUCTION_MAX;
            // The effective employee retirement rate caps the reduction: above the PMSS, and for apprentices whose
            // employee contributions are due only above 50 % SMIC (modele-social "taux des cotisations réduites").
            if (gross.compareTo(pmss) > 0 || apprentice) {
                BigDecimal ret = BigDecimal.ZERO;
                for (ContributionLine l : lines) {
                    if (l.code().startsWith("VIEILLESSE") || l.code().startsWith("AGIRC") || l.code().startsWith("CEG") || l.code().equals("CET")) {
                        ret = ret.add(l.employeeAmount().amount());
                    }
                }
                rate = ret.multiply(HUNDRED).divide(gross, 4, RoundingMode.HALF_UP).min(HS_REDUCTION_MAX);
            }
            BigDecimal red = hsPay.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP).negate();
            lines.add(new ContributionLine("REDUCTION_HS", "Réduction de cotisations salariales sur heures supplémentaires",
                    "Exonérations", CollectingBody.URSSAF, Money.of(hsPay), rate.negate(), Money.of(red), null, Money.ZERO));
            // Déduction forfaitaire patronale, per overtime hour (modele-social exonérations . heures supplémentaires . employeur)
            BigDecimal hsHours = h25.add(h50);
            BigDecimal perHour = co.headcount() < 20 ? HS_DEDUCTION_SMALL : HS_DEDUCTION_LARGE;
            lines.add(new ContributionLine("DEDUCTION_FORFAITAIRE_HS", "Déduction forfaitaire patronale sur heures supplémentaires",
                    "Exonérations", CollectingBody.URSSAF, Money.of(hsHours), null, Money.ZERO, null,
                    Money.of(hsHours.multiply(perHour).setScale(2, RoundingMode.HALF_UP).negate())));
        }

        // Employer general reduction (RGDU 2026)
        // 3 SMIC is compared at the cent: 12,02 × 35 × 52 / 12 × 3 = 5 469,10 exactly, whatever the precision of 455 / 3
        BigDecimal smicRef = p.smicHourly().multiply(hours).multiply(base.signum() == 0 ? BigDecimal.ZERO
                        : BigDecimal.ONE.subtract(absTotal.divide(base, MathContext.DECIMAL64)))
                .add(p.smicHourly().multiply(h25.add(h50)));
        if (gross.signum() > 0 && smicRef.signum() > 0 && gross.compareTo(smicRef.multiply(BigDecimal.valueOf(3)).setScale(2, RoundingMode.HALF_UP)) < 0) {
            BigDecimal tdelta = small50 ? RGDU_TDELTA_SMALL : RGDU_TDELTA_LARGE;
            BigDecimal x = smicRef.multiply(BigDecimal.valueOf(3)).divide(gross, MathContext.DECIMAL64)
                    .subtract(BigDecimal.ONE).multiply(new BigDecimal("0.5")).max(BigDecimal.ZERO);
            // x^1.75 = x · √x · ⁴√x, in decimals (no double): the coefficient is then rounded to 4 places
            BigDecimal root = x.sqrt(MathContext.DECIMAL64);
            BigDecimal power = x.multiply(root).multiply(root.sqrt(MathContext.DECIMAL64), MathContext.DECIMAL64);
            BigDecimal c = RGDU_TMIN.add(tdelta.multiply(power))
                    .setScale(4, RoundingMode.HALF_UP).min(RGDU_TMIN.add(tdelta));
            BigDecimal amt = gross.multiply(c).setScale(2, RoundingMode.HALF_UP).negate();
            lines.add(new ContributionLine("RGDU", "Réduction générale dégressive unique", "Exonérations", CollectingBody.URSSAF,
                    Money.of(gross), null, Money.ZERO, c.movePointRight(2).negate(), Money.of(amt)));
        }

        // 7. Totals and nets, from the rounded lines
        BigDecimal totalEe = BigDecimal.ZERO;
        BigDecimal totalEr = BigDecimal.ZERO;
        for (ContributionLine l : lines) {
            totalEe = totalEe.add(l.employeeAmount().amount());
            totalEr = totalEr.add(l.employerAmount().amount());
        }
        BigDecimal netBeforeTax = gross.subtract(totalEe);
        BigDecimal netTaxable = netBeforeTax.add(csgNd).add(crds).add(csgHs).add(healthEr).add(prevEr).subtract(hsPay);
        if (apprentice) {
            // Apprentice wages are exempt from income tax up to the SMIC (CGI art. 81 bis), here the month's SMIC
            netTaxable = netTaxable.subtract(smicFullTime.setScale(2, RoundingMode.HALF_UP)).max(BigDecimal.ZERO.setScale(2));
        }
        BigDecimal netSocial = netBeforeTax.add(prevEr).add(nonSubject);
        BigDecimal pasRate = in.withholdingTaxRate() != null ? in.withholdingTaxRate() : PayrollParameters.tauxNeutre(netTaxable);
        BigDecimal pas = netTaxable.max(BigDecimal.ZERO).multiply(pasRate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal netPaid = netBeforeTax.subtract(aen).add(nonSubject).subtract(pas);
        BigDecimal cost = gross.add(totalEr).add(nonSubject);
        return new Payslip(in.period(), List.copyOf(earnings), Money.of(gross), List.copyOf(lines), Money.of(totalEe),
                Money.of(totalEr), Money.of(netBeforeTax), Money.of(netTaxable), Money.of(netSocial), pasRate, Money.of(pas),
                Money.of(aen), Money.of(nonSubject), Money.of(netPaid), Money.of(cost), p);
    }

    /** Adds a line; returns {employee amount, employer amount}. A null rate means the side does not pay. */
    private static BigDecimal[] add(List<ContributionLine> lines, String code, String label, String block, CollectingBody body,
                                    BigDecimal base, BigDecimal eeRate, BigDecimal erRate) {
        return add(lines, code, label, block, body, base, base, eeRate, erRate);
    }

    /** Same, with a different employee base (apprentices: the part above 50 % SMIC); the line shows the employer base. */
    private static BigDecimal[] add(List<ContributionLine> lines, String code, String label, String block, CollectingBody body,
                                    BigDecimal base, BigDecimal eeBase, BigDecimal eeRate, BigDecimal erRate) {
        // The amount comes from the exact base (a CSG base of 98,25 %, an apprentice's base above 50 % SMIC are not
        // rounded first); the base is shown rounded to the cent.
        BigDecimal b = base.setScale(2, RoundingMode.HALF_UP);
        BigDecimal ee = eeRate == null ? BigDecimal.ZERO.setScale(2) : eeBase.multiply(eeRate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal er = erRate == null ? BigDecimal.ZERO.setScale(2) : base.multiply(erRate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        lines.add(new ContributionLine(code, label, block, body, Money.of(b), eeRate, Money.of(ee), erRate, Money.of(er)));
        return new BigDecimal[] {ee, er};
    }
}
