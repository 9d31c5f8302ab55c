package fr.agora.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unité administrative immatriculée: the national id of an établissement, 7 digits and one letter
 * ({@code ^[0-9]{7}[A-Z]$}). Input is trimmed and upper-cased before the check. The tenant key of every school datum.
 */
public record Uai(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[0-9]{7}[A-Z]$");

    public Uai {
        if (value == null) throw new InvalidInputException("uai", "uai is required");
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("uai", "uai '" + value + "' must be 7 digits and a letter, e.g. 0751234A");
        }
    }

    public static Uai of(String value) {
        return new Uai(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
