package fr.agora.application.port.in.referentiel;

import fr.agora.domain.shared.InvalidInputException;
import java.util.regex.Pattern;

/** Syntax checks shared by the référentiel queries: a malformed code or filter is a 400 naming it, not a 404. */
final class ReferentielIds {

    /** An activity or CRCN code, e.g. 2.2 or 3.1. */
    static final Pattern TWO_LEVEL_CODE = Pattern.compile("\\d\\.\\d");
    /** A competency code, e.g. 2.2.4. */
    static final Pattern COMPETENCY_CODE = Pattern.compile("\\d\\.\\d\\.\\d");

    private ReferentielIds() {
    }

    /** Any id may be looked up (an unknown one is a 404); only a missing one is refused. */
    static String id(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "référentiel id is required");
        }
        return id.strip();
    }

    static String code(String value, Pattern pattern, String field, String example) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!pattern.matcher(v).matches()) {
            throw new InvalidInputException(field, field + " '" + v + "' is malformed (expected e.g. " + example + ")");
        }
        return v;
    }
}
