package fr.agora.domain.referentiel;

import fr.agora.domain.shared.InvalidInputException;

import java.util.List;
import java.util.Objects;

/** Validation shared by the records' compact constructors: blank text and null lists are transcription bugs. */
final class Checks {

    private Checks() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        return value.strip();
    }

    /** Optional free text (an attendu not given by a seed): never null, possibly empty. */
    static String optionalText(String value) {
        return value == null ? "" : value.strip();
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new InvalidInputException(field, field + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    static String code(String value, String pattern, String field) {
        String v = text(value, field);
        if (!v.matches(pattern)) {
            throw new InvalidInputException(field, field + " '" + v + "' does not match " + pattern);
        }
        return v;
    }

    static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, field + " " + value + " not in " + min + ".." + max);
        }
        return value;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
