package fr.agora.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unité administrative immatriculée: the national id of an établissement, 7 digits and one letter
 * ({@code ^[0-9]{7}[A-Z]$}). Input is trimmed and upper-cased before the check. The tenant key of every school datum.
 *
 * <p>The letter is a check key: the seven digits taken as a number, modulo 23, indexed into the alphabet without I, O
 * and Q ({@value #CHECK_LETTERS}); e.g. 0750654D, Lycée Louis-le-Grand: 750654 = 23 × 32637 + 3 → D. The record
 * itself accepts any letter (schools registered before the key was checked, test fixtures); a school created over
 * the API must pass {@link #hasValidCheckLetter()}.
 */
public record Uai(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[0-9]{7}[A-Z]$");
    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

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

    /** The check letter of seven digits (0000000–9999999). */
    public static char checkLetter(String sevenDigits) {
        if (sevenDigits == null || !sevenDigits.matches("[0-9]{7}")) {
            throw new InvalidInputException("uai", "a UAI's number is 7 digits");
        }
        return CHECK_LETTERS.charAt(Integer.parseInt(sevenDigits) % CHECK_LETTERS.length());
    }

    /** Whether the letter is the check key of the digits (a typo in one digit changes it). */
    public boolean hasValidCheckLetter() {
        return value.charAt(7) == checkLetter(value.substring(0, 7));
    }

    @Override
    public String toString() {
        return value;
    }
}
