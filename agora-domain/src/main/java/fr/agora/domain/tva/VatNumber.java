package fr.agora.domain.tva;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * An intra-EU VAT identification number checked as far as can be done offline: the shape of each member state's
 * number (European Commission, VIES "VAT number validation" FAQ, format per country) and, for a French number, its
 * key: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97 (CGI ann. IV art. 286 ter; RULES-REFERENCE §2.4).
 * Whether the number is currently registered is a VIES question, out of reach of a pure rule.
 */
public final class VatNumber {

    /** Member-state prefix → shape of the rest (VIES FAQ). Greece uses EL; XI is Northern Ireland (goods). */
    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")),
            Map.entry("ES", Pattern.compile("[0-9A-Z]\\d{7}[0-9A-Z]")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            Map.entry("FR", Pattern.compile("[0-9A-HJ-NP-Z]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("[1-9]\\d{1,9}")),
            Map.entry("SE", Pattern.compile("\\d{10}01")),
            Map.entry("SI", Pattern.compile("\\d{8}")),
            Map.entry("SK", Pattern.compile("\\d{10}")),
            Map.entry("XI", Pattern.compile("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}")));

    private static final Pattern FRENCH_NUMERIC = Pattern.compile("FR\\d{11}");

    private VatNumber() {
    }

    /** The outcome of a check: the member state, and why the number fails (null when it passes). */
    public record Check(String country, String problem) {

        public boolean valid() {
            return problem == null;
        }
    }

    /** Spaces, dots and dashes are ignored; letters are compared in upper case. */
    public static String normalise(String number) {
        return number.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static Check check(String number) {
        String v = normalise(number);
        if (v.length() < 4) {
            return new Check(null, "too short to be an intra-EU VAT number");
        }
        String country = v.substring(0, 2);
        Pattern format = FORMATS.get(country);
        if (format == null) {
            return new Check(country, "'" + country + "' is not the prefix of an EU member state's VAT number");
        }
        if (!format.matcher(v.substring(2)).matches()) {
            return new Check(country, "the number does not have the shape of a " + country + " VAT number");
        }
        if (FRENCH_NUMERIC.matcher(v).matches() && !frenchKeyMatches(v)) {
            return new Check(country, "the key of a French number is (12 + 3 × (SIREN mod 97)) mod 97");
        }
        return new Check(country, null);
    }

    /** FR + 2-digit key + SIREN: the key must be (12 + 3 × (SIREN mod 97)) mod 97. */
    static boolean frenchKeyMatches(String normalisedFr) {
        long siren = Long.parseLong(normalisedFr.substring(4));
        return Integer.parseInt(normalisedFr.substring(2, 4)) == (12 + 3 * (siren % 97)) % 97;
    }
}
