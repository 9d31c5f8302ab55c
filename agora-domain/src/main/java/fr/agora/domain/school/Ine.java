package fr.agora.domain.school;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifiant national élève: always 11 characters. Three formats are accepted (input trimmed and upper-cased):
 * <ul>
 *   <li>{@link Format#RNIE} {@code ^[0-9]{9}[A-Z]{2}$}: the current répertoire national des identifiants élèves
 *       (allocated since 2018);</li>
 *   <li>{@link Format#BEA} {@code ^[0-9]{10}[A-Z]$}: the older base élèves académique form, 10 digits and a key
 *       letter, still carried by students enrolled before the RNIE;</li>
 *   <li>{@link Format#APPRENTISSAGE} {@code ^[0-9]{4}A[0-9]{5}[A-Z]$}: the apprentices' form (CFA), needed because
 *       a Bac Pro AGOrA may be prepared by apprenticeship.</li>
 * </ul>
 * No check-letter computation is done: the key algorithms are not published in an authoritative source we could
 * verify, and a false rejection would block a SIECLE import. Underscores seen in some BEA extracts are refused.
 */
public record Ine(String value) {

    public enum Format { RNIE, BEA, APPRENTISSAGE }

    private static final Pattern RNIE = Pattern.compile("^[0-9]{9}[A-Z]{2}$");
    private static final Pattern BEA = Pattern.compile("^[0-9]{10}[A-Z]$");
    private static final Pattern APPRENTISSAGE = Pattern.compile("^[0-9]{4}A[0-9]{5}[A-Z]$");

    public Ine {
        if (value == null) throw new InvalidInputException("ine", "ine is required");
        value = value.trim().toUpperCase(Locale.ROOT);
        if (formatOf(value) == null) {
            throw new InvalidInputException("ine", "ine '" + value
                    + "' must have 11 characters: 9 digits + 2 letters (RNIE), 10 digits + 1 letter (BEA) or 4 digits + A + 5 digits + 1 letter (apprentissage)");
        }
    }

    public static Ine of(String value) {
        return new Ine(value);
    }

    public Format format() {
        return formatOf(value);
    }

    private static Format formatOf(String v) {
        if (RNIE.matcher(v).matches()) return Format.RNIE;
        if (BEA.matcher(v).matches()) return Format.BEA;
        if (APPRENTISSAGE.matcher(v).matches()) return Format.APPRENTISSAGE;
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
