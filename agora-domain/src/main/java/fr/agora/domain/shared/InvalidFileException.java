package fr.agora.domain.shared;

import java.util.List;
import java.util.Map;

/**
 * An imported file (a SIECLE extract, an evaluation file) has errors: nothing is imported, and the report lists every
 * line in error ({@code invalid-csv}, 400, with {@code errors}); the problem's field is the first error's, with its line
 * ({@code line 12: comment}).
 */
public class InvalidFileException extends DomainException {

    /** One line in error: its number in the file (the header is line 1), the column or check, and why. */
    public record LineError(int line, String field, String message) {
    }

    public InvalidFileException(List<LineError> errors) {
        super(Kind.INVALID_INPUT, "invalid-csv", errors.isEmpty() ? null : "line " + errors.get(0).line() + ": " + errors.get(0).field(),
                errors.size() + " line(s) in error; nothing imported", Map.of("errors", List.copyOf(errors)));
    }
}
