package fr.agora.domain.tva;

import fr.agora.domain.shared.Money;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 3310-CA3 being filled: its line codes, labels and order (RULES-REFERENCE §1.8, OCA l10n_fr_account_vat_return
 * box CSV), and the boxes written so far, each in whole euros.
 */
final class Ca3Form {

    /** The form's line order, for the output map. */
    static final List<String> ORDER = List.of("A1", "A3", "B2", "B5", "E1", "E2", "F2", "F8", "08", "9B", "09", "T6", "13",
            "15", "16", "17", "19", "20", "21", "22", "23", "25", "26", "27", "TD", "28", "32");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("A1", "Ventes, prestations de services"),
            Map.entry("A3", "Achats de services auprès d'un assujetti non établi en France (art. 283-2)"),
            Map.entry("B2", "Acquisitions intracommunautaires"),
            Map.entry("B5", "Régularisations"),
            Map.entry("E1", "Exportations hors UE"),
            Map.entry("E2", "Autres opérations non imposables"),
            Map.entry("F2", "Livraisons intracommunautaires à destination d'une personne assujettie"),
            Map.entry("F8", "Régularisations (opérations non taxées)"),
            Map.entry("08", "Taux normal 20 %"),
            Map.entry("9B", "Taux réduit 10 %"),
            Map.entry("09", "Taux réduit 5,5 %"),
            Map.entry("T6", "Taux 2,1 % (France continentale)"),
            Map.entry("13", "Anciens taux"),
            Map.entry("15", "TVA antérieurement déduite à reverser"),
            Map.entry("16", "Total de la TVA brute due"),
            Map.entry("17", "Dont TVA sur acquisitions intracommunautaires"),
            Map.entry("19", "TVA déductible sur biens constituant des immobilisations"),
            Map.entry("20", "TVA déductible sur autres biens et services"),
            Map.entry("21", "Autre TVA à déduire"),
            Map.entry("22", "Report du crédit apparaissant ligne 27 de la précédente déclaration"),
            Map.entry("23", "Total TVA déductible"),
            Map.entry("25", "Crédit de TVA (ligne 23 − ligne 16)"),
            Map.entry("26", "Remboursement de crédit demandé"),
            Map.entry("27", "Crédit de TVA à reporter (ligne 25 − ligne 26)"),
            Map.entry("TD", "TVA due (ligne 16 − ligne 23)"),
            Map.entry("28", "TVA nette due"),
            Map.entry("32", "Total à payer"));

    private final Map<String, Ca3Box> boxes = new HashMap<>();

    /** Rounds to the euro, a half euro going up (away from zero): the rule of the returns (RULES-REFERENCE §1.7). */
    static Money toEuro(Money exact) {
        return Money.rounded(exact.amount().setScale(0, RoundingMode.HALF_UP), Money.HALF_UP);
    }

    /** Writes an amount box (already in euros); a zero box is left out unless the form always shows it. */
    void amount(String code, Money euros, boolean always) {
        if (always || !euros.isZero()) {
            boxes.put(code, new Ca3Box(code, LABELS.get(code), null, null, euros));
        }
    }

    /** Writes a base-and-tax line (in euros) unless both are zero. */
    void baseAndTax(String code, Money baseEuros, Money taxEuros) {
        if (!baseEuros.isZero() || !taxEuros.isZero()) {
            boxes.put(code, new Ca3Box(code, LABELS.get(code), baseEuros, taxEuros, null));
        }
    }

    /** The boxes in the form's order. */
    Map<String, Ca3Box> boxes() {
        Map<String, Ca3Box> out = new LinkedHashMap<>();
        for (String code : ORDER) {
            Ca3Box b = boxes.get(code);
            if (b != null) {
                out.put(code, b);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
