package fr.agora.domain.lettrage;

import fr.agora.domain.shared.InvalidInputException;

/** The letter sequence A … Z, AA … AZ, BA … ZZ, AAA … (bijective base 26). */
public final class Letters {
    private Letters() {
    }

    public static String next(String letter) {
        validate(letter, "nextLetter");
        char[] c = letter.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] != 'Z') {
                c[i]++;
                return new String(c);
            }
            c[i] = 'A';
        }
        return "A" + new String(c);
    }

    public static void validate(String letter, String field) {
        if (letter == null || !letter.matches("[A-Z]{1,6}")) {
            throw new InvalidInputException(field, "must be 1 to 6 capital letters A-Z");
        }
    }
}
