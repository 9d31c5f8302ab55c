package fr.agora.domain.paie.parameters;

import fr.agora.domain.paie.NoPayrollParametersException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The dated parameter table. A month outside every range is refused, never guessed. */
public final class PayrollParameterTable {

    private static final Map<String, String> SOURCES_2026 = Map.of(
            "smicHourly", "Décret 2025-1228 du 17/12/2025 (12,02 €); mon-entreprise base.publicodes, openfisca smic_b_horaire.yaml",
            "pmss", "Arrêté PSS 2026: 4 005 € (mon-entreprise base.publicodes, openfisca)",
            "mealBenefit", "mon-entreprise rémunération.publicodes: 5,50 €/repas 2026",
            "rates", "mon-entreprise modele-social/règles/salarié/cotisations.publicodes (2026), cross-checked with npm modele-social 11.1.0; CPF-CDD C. trav. L6331-6; forfait social CSS L137-15",
            "tauxNeutre", "mon-entreprise impôt.publicodes, grille métropole 2026",
            "ceiling", "PMSS prorated: part time × contract hours / legal hours (CSS R242-7), entry or exit × calendar days / 30 (CSS R242-2)",
            "rgduImputation", "RGDU imputed on AGIRC-ARRCO for 6,01 / (Tmin + Tdelta) of its amount, the rest on URSSAF (CSS L241-13 VIII, D241-7; BOSS allègements généraux)",
            "sickLeave", "IJSS: CSS R323-1 (3 days), R323-4 (50 %, 1/91,25 of 3 months), décret 2025-160 (cap 1,4 SMIC); maintenance C. trav. L1226-1, D1226-1 to D1226-8",
            "endOfContract", "CDD: C. trav. L1243-8 (10 %), L1243-10 (exclusions), L3141-24 and L1242-16 (congés payés 10 % including the précarité indemnity)",
            "netTaxable", "CGI 83 1° quater (prévoyance limit 5 % PASS + 2 % gross, ≤ 2 % of 8 PASS); employer frais de santé taxable (LFI 2014 art. 4)");
    /** From the June 2026 SMIC on: the same sources but the SMIC's. */
    private static final Map<String, String> SOURCES_2026_06 = withSource(SOURCES_2026, "smicHourly",
            "Revalorisation au 01/06/2026 (12,31 €): mon-entreprise commit 24ef4e51d, openfisca smic_b_horaire.yaml");

    public static final PayrollParameterTable DEFAULT = new PayrollParameterTable(List.of(
            new PayrollParameters(YearMonth.of(2026, 1), YearMonth.of(2026, 5), new BigDecimal("12.02"),
                    new BigDecimal("4005"), new BigDecimal("5.50"), SOURCES_2026),
            new PayrollParameters(YearMonth.of(2026, 6), YearMonth.of(2026, 12), new BigDecimal("12.31"),
                    new BigDecimal("4005"), new BigDecimal("5.50"), SOURCES_2026_06)));

    private final List<PayrollParameters> entries;

    public PayrollParameterTable(List<PayrollParameters> entries) {
        this.entries = List.copyOf(entries);
    }

    public PayrollParameters forMonth(YearMonth month) {
        for (PayrollParameters p : entries) {
            if (p.covers(month)) {
                return p;
            }
        }
        throw new NoPayrollParametersException(month);
    }

    private static Map<String, String> withSource(Map<String, String> sources, String key, String source) {
        Map<String, String> changed = new java.util.HashMap<>(sources);
        changed.put(key, source);
        return Map.copyOf(changed);
    }
}
