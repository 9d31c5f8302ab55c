package fr.agora.domain.paie.parameters;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * The values in force for one range of months, each with its source. Rates are in per cent (6.90 means 6,90 %).
 * Sources: ../shared/RULES-REFERENCE.md §5 (mon-entreprise modele-social, OpenFisca-France).
 */
public record PayrollParameters(
        YearMonth from,
        YearMonth to,
        BigDecimal smicHourly,
        BigDecimal pmss,
        BigDecimal mealBenefit,
        Map<String, String> sources) {

    /** The displayed legal monthly hours (35 h × 52 / 12, rounded). */
    public static final BigDecimal MONTHLY_HOURS = new BigDecimal("151.67");
    /**
     * The exact legal monthly hours, 35 × 52 / 12 = 151,666…, used in computations (hourly rate, SMIC for the
     * reductions, apprentice thresholds). The published monthly SMIC is 12,02 × 151,666… = 1 823,03 €
     * (service-public.fr; mon-entreprise {@code durée légale du travail . mensuelle}), not 12,02 × 151,67 = 1 823,07.
     */
    public static final BigDecimal LEGAL_MONTHLY_HOURS = BigDecimal.valueOf(455).divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL64);
    public static final BigDecimal CSG_ABATEMENT_FACTOR = new BigDecimal("0.9825");
    public static final BigDecimal LEGAL_WEEKLY_HOURS = new BigDecimal("35");
    public static final BigDecimal MAX_WEEKLY_HOURS = new BigDecimal("48");

    // Employee / employer rates, 2026 (modele-social/règles/salarié/cotisations.publicodes)
    public static final BigDecimal MALADIE_ER = new BigDecimal("13");
    public static final BigDecimal VIEIL_PLAF_EE = new BigDecimal("6.90");
    public static final BigDecimal VIEIL_PLAF_ER = new BigDecimal("8.55");
    public static final BigDecimal VIEIL_DEPLAF_EE = new BigDecimal("0.40");
    public static final BigDecimal VIEIL_DEPLAF_ER = new BigDecimal("2.11");
    public static final BigDecimal AGIRC_T1_EE = new BigDecimal("3.15");
    public static final BigDecimal AGIRC_T1_ER = new BigDecimal("4.72");
    public static final BigDecimal AGIRC_T2_EE = new BigDecimal("8.64");
    public static final BigDecimal AGIRC_T2_ER = new BigDecimal("12.95");
    public static final BigDecimal CEG_T1_EE = new BigDecimal("0.86");
    public static final BigDecimal CEG_T1_ER = new BigDecimal("1.29");
    public static final BigDecimal CEG_T2_EE = new BigDecimal("1.08");
    public static final BigDecimal CEG_T2_ER = new BigDecimal("1.62");
    public static final BigDecimal CET_EE = new BigDecimal("0.14");
    public static final BigDecimal CET_ER = new BigDecimal("0.21");
    public static final BigDecimal APEC_EE = new BigDecimal("0.024");
    public static final BigDecimal APEC_ER = new BigDecimal("0.036");
    public static final BigDecimal PREVOYANCE_CADRE_ER = new BigDecimal("1.50");
    public static final BigDecimal FAMILLE_ER = new BigDecimal("5.25");
    public static final BigDecimal CHOMAGE_ER = new BigDecimal("4.00");
    public static final BigDecimal AGS_ER = new BigDecimal("0.25");
    public static final BigDecimal FNAL_SMALL_ER = new BigDecimal("0.10");
    public static final BigDecimal FNAL_LARGE_ER = new BigDecimal("0.50");
    public static final BigDecimal CSA_ER = new BigDecimal("0.30");
    public static final BigDecimal DIALOGUE_SOCIAL_ER = new BigDecimal("0.016");
    public static final BigDecimal FORMATION_SMALL_ER = new BigDecimal("0.55");
    public static final BigDecimal FORMATION_LARGE_ER = new BigDecimal("1.00");
    public static final BigDecimal APPRENTISSAGE_ER = new BigDecimal("0.59");
    public static final BigDecimal APPRENTISSAGE_SOLDE_ER = new BigDecimal("0.09");
    public static final BigDecimal PEEC_ER = new BigDecimal("0.45");
    public static final BigDecimal CSG_DED_EE = new BigDecimal("6.80");
    public static final BigDecimal CSG_ND_EE = new BigDecimal("2.40");
    public static final BigDecimal CRDS_EE = new BigDecimal("0.50");
    public static final BigDecimal HS_REDUCTION_MAX = new BigDecimal("11.31");
    /** Déduction forfaitaire patronale per overtime hour, 2026: &lt; 20 employees / ≥ 20 (modele-social exonérations.publicodes, from 01/2026). */
    public static final BigDecimal HS_DEDUCTION_SMALL = new BigDecimal("1.50");
    public static final BigDecimal HS_DEDUCTION_LARGE = new BigDecimal("0.50");
    /** CSG + CSG non déductible on exempt overtime: 6,80 + 2,40 (modele-social CSG-CRDS, non déductible . heures supplémentaires). */
    public static final BigDecimal CSG_HS_EE = new BigDecimal("9.20");
    /** Contribution CPF-CDD, 1 % of a CDD's gross (C. trav. L6331-6; modele-social cotisations . CPF CDD). */
    public static final BigDecimal CPF_CDD_ER = new BigDecimal("1.00");
    /** Forfait social on employer health and welfare contributions, companies of 11 employees or more (CSS L137-15/16; modele-social forfait social). */
    public static final BigDecimal FORFAIT_SOCIAL_PREVOYANCE_ER = new BigDecimal("8.00");
    /** Apprentices (contracts from 03/2025): employee contributions and CSG/CRDS are due only above 50 % of the SMIC (C. trav. L6243-2; modele-social assiette réduite apprentissage). */
    public static final BigDecimal APPRENTICE_EXEMPT_SMIC_SHARE = new BigDecimal("0.50");
    /**
     * Share of the RGDU imputed on the AGIRC-ARRCO contributions: the employer retirement rate inside the maximum
     * coefficient, AGIRC-ARRCO T1 4,72 % + CEG T1 1,29 % = 6,01 points (CSS L241-13 VIII, D241-7; BOSS allègements
     * généraux § imputation; DSN fiche 2019 "réduction générale étendue aux cotisations de retraite complémentaire").
     */
    public static final BigDecimal RGDU_RETIREMENT_RATE = new BigDecimal("0.0601");

    /** Part-time and partial month: the ceiling of a month with entry or exit is PMSS × calendar days / 30 (CSS R242-2). */
    public static final BigDecimal CEILING_DAYS_PER_MONTH = BigDecimal.valueOf(30);

    /**
     * CGI art. 83 1° quater: employer prévoyance (and the employee's health and prévoyance contributions) are deductible
     * from taxable income within 5 % of the PASS + 2 % of the gross pay, the whole at most 2 % of 8 PASS; taken monthly
     * on the PMSS and the month's gross. The employer share of frais de santé is always taxable (LFI 2014, art. 4).
     */
    public static final BigDecimal PREVOYANCE_LIMIT_PSS_SHARE = new BigDecimal("0.05");
    public static final BigDecimal PREVOYANCE_LIMIT_GROSS_SHARE = new BigDecimal("0.02");
    public static final BigDecimal PREVOYANCE_LIMIT_CAP_PSS = new BigDecimal("0.16"); // 2 % × 8 PSS

    /** IJSS maladie (CSS R323-1, R323-4, R323-9; décret 2025-160 from 04/2025): 3 days' carence, 50 % of the daily basic wage = gross of 3 months / 91,25, capped at 1,4 SMIC a month. */
    public static final int IJSS_WAITING_DAYS = 3;
    public static final BigDecimal IJSS_RATE = new BigDecimal("0.50");
    public static final BigDecimal IJSS_DAYS_OF_THREE_MONTHS = new BigDecimal("91.25");
    public static final BigDecimal IJSS_CAP_SMIC_MULTIPLE = new BigDecimal("1.4");
    /** CSG 6,20 % (3,80 % deductible) and CRDS 0,50 % on IJSS, withheld by the CPAM (CSS L136-8 II; CGI 154 quinquies). */
    public static final BigDecimal IJSS_CSG = new BigDecimal("0.062");
    public static final BigDecimal IJSS_CSG_DEDUCTIBLE = new BigDecimal("0.038");
    public static final BigDecimal IJSS_CRDS = new BigDecimal("0.005");
    /**
     * Legal salary maintenance (C. trav. L1226-1, D1226-1 to D1226-8): seniority of 1 year, from the 8th day of
     * absence, 90 % of the gross pay then two thirds, 30 days each, + 10 days per full 5 years beyond the first
     * year, at most 90 days each; IJSS deducted.
     */
    public static final int MAINTENANCE_WAITING_DAYS = 7;
    public static final BigDecimal MAINTENANCE_FIRST_RATE = new BigDecimal("0.90");
    public static final BigDecimal MAINTENANCE_SECOND_RATE = BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL64);
    public static final int MAINTENANCE_BASE_DAYS = 30;
    public static final int MAINTENANCE_DAYS_PER_5_YEARS = 10;
    public static final int MAINTENANCE_MAX_DAYS = 90;

    /** CDD: indemnité de fin de contrat 10 % of the total gross (C. trav. L1243-8); congés payés 10 % of the total gross including it (L1242-16, L3141-24). */
    public static final BigDecimal PRECARIOUSNESS_RATE = new BigDecimal("0.10");
    public static final BigDecimal CDD_LEAVE_RATE = new BigDecimal("0.10");

    /** Contributions not modelled, flagged by a warning: contribution supplémentaire à l'apprentissage (≥ 250, CGI 1609 quinvicies), versement mobilité (≥ 11, CGCT L2333-64). */
    public static final int CSA_APPRENTISSAGE_HEADCOUNT = 250;
    public static final int VERSEMENT_MOBILITE_HEADCOUNT = 11;

    public static final BigDecimal RGDU_TMIN = new BigDecimal("0.02");
    public static final BigDecimal RGDU_TDELTA_SMALL = new BigDecimal("0.3781");
    public static final BigDecimal RGDU_TDELTA_LARGE = new BigDecimal("0.3821");

    /** 2026 metropolitan taux neutre grid (impôt.publicodes): upper bounds (exclusive) of monthly net taxable → rate. */
    public static final BigDecimal[][] TAUX_NEUTRE = {
            {bd("1635"), bd("0")}, {bd("1698"), bd("0.5")}, {bd("1807"), bd("1.3")}, {bd("1928"), bd("2.1")},
            {bd("2060"), bd("2.9")}, {bd("2170"), bd("3.5")}, {bd("2315"), bd("4.1")}, {bd("2738"), bd("5.3")},
            {bd("3135"), bd("7.5")}, {bd("3571"), bd("9.9")}, {bd("4019"), bd("11.9")}, {bd("4690"), bd("13.8")},
            {bd("5624"), bd("15.8")}, {bd("7037"), bd("17.9")}, {bd("8789"), bd("20")}, {bd("12200"), bd("24")},
            {bd("16523"), bd("28")}, {bd("25937"), bd("33")}, {bd("55558"), bd("38")}, {null, bd("43")}};

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    public boolean covers(YearMonth m) {
        return !m.isBefore(from) && !m.isAfter(to);
    }

    /** Monthly SMIC for 35 h × 52 / 12, rounded to the cent (1 823,03 € in January 2026). */
    public BigDecimal smicMonthly() {
        return smicHourly.multiply(LEGAL_MONTHLY_HOURS).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Taux neutre for a monthly net taxable; a boundary value belongs to the upper band ("&lt; 1 635 → 0 %"). */
    public static BigDecimal tauxNeutre(BigDecimal netTaxable) {
        for (BigDecimal[] band : TAUX_NEUTRE) {
            if (band[0] == null || netTaxable.compareTo(band[0]) < 0) {
                return band[1];
            }
        }
        throw new IllegalStateException();
    }
}
