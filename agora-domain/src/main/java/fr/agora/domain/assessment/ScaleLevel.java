package fr.agora.domain.assessment;

import fr.agora.domain.shared.InvalidInputException;
import java.math.BigDecimal;

/**
 * One code of an evaluation scale: a code (e.g. {@code 3}, {@code NE}), a label, a value on 0–100 and whether it
 * counts. A non-counting code (NE non évalué, ABS absent) is recorded but ignored by every aggregation; its value
 * is then irrelevant and stored as {@code null}.
 *
 * <p>Every code but an absence says the competency was <em>mis en œuvre</em> (seed 003's tick): a counting level
 * with its degree, NE without one. An absence code ({@link #ABSENCE_CODES}) records that the student was not there.
 */
public record ScaleLevel(String code, String label, BigDecimal value, boolean counts) {

    /** The non-counting codes that mean "not there" rather than "done, not assessed" (case-insensitive). */
    public static final java.util.Set<String> ABSENCE_CODES = java.util.Set.of("ABS");

    public ScaleLevel {
        if (code == null || code.isBlank()) throw new InvalidInputException("code", "level code is required");
        code = code.trim();
        if (code.length() > 8) throw new InvalidInputException("code", "level code '" + code + "' is longer than 8 characters");
        if (label == null || label.isBlank()) throw new InvalidInputException("label", "level label is required");
        if (counts) {
            if (value == null) throw new InvalidInputException("value", "a counting level needs a value");
            if (value.signum() < 0 || value.compareTo(Scores.HUNDRED) > 0) {
                throw new InvalidInputException("value", "level value " + value.toPlainString() + " must be within 0–100");
            }
            value = Scores.normalise(value);
        } else {
            value = null;
        }
    }

    public static ScaleLevel counting(String code, String label, String value) {
        return new ScaleLevel(code, label, new BigDecimal(value), true);
    }

    public static ScaleLevel nonCounting(String code, String label) {
        return new ScaleLevel(code, label, null, false);
    }

    /** Whether an observation at this level says the competency was mis en œuvre (every code but an absence). */
    public boolean misEnOeuvre() {
        return counts || !ABSENCE_CODES.contains(code.toUpperCase(java.util.Locale.ROOT));
    }
}
