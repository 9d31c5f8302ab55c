package fr.agora.domain.pfmp;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Locale;

/** The year of the three-year Bac pro cycle a PFMP period belongs to. */
public enum CycleYear {
    SECONDE("seconde professionnelle"), PREMIERE("première professionnelle"), TERMINALE("terminale professionnelle");

    private final String label;

    CycleYear(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CycleYear parse(String field, String text) {
        if (text == null) throw new InvalidInputException(field, field + " is required");
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " '" + text + "' must be one of SECONDE, PREMIERE, TERMINALE");
        }
    }
}
