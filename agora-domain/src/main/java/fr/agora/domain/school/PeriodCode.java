package fr.agora.domain.school;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Locale;

/** A PFMP period of the three-year cycle, P1 … P6, in chronological order. */
public enum PeriodCode {
    P1, P2, P3, P4, P5, P6;

    public static PeriodCode parse(String field, String text) {
        if (text == null) throw new InvalidInputException(field, field + " is required");
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " '" + text + "' must be one of P1 … P6");
        }
    }

    /** 1 for P1 … 6 for P6. */
    public int number() {
        return ordinal() + 1;
    }
}
