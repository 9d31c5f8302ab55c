package fr.agora.domain.assessment;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Locale;

/** Who evaluates: the host tutor, a teacher, or the CCF jury. */
public enum EvaluatorRole {
    TUTEUR, ENSEIGNANT, JURY;

    public static EvaluatorRole parse(String field, String text) {
        if (text == null) throw new InvalidInputException(field, field + " is required");
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " '" + text + "' must be one of TUTEUR, ENSEIGNANT, JURY");
        }
    }
}
