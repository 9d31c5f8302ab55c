package fr.agora.domain.school;

import fr.agora.domain.shared.InvalidFileException.LineError;
import fr.agora.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The students of a SIECLE extract, checked line by line: a valid INE, a nom, a prénom and a division on every line,
 * and no INE twice. The file format (columns, separator, quoting) is the inbound adapter's business; this is the rule.
 */
public final class StudentRoster {

    /** One line of the extract as read, before any check ({@code line}: its number in the file, the header is 1). */
    public record Line(int line, String ine, String lastName, String firstName, String division) {
    }

    /** One checked student. */
    public record Row(int line, Ine ine, String lastName, String firstName, String division) {
    }

    /** The checked rows, or the errors of every bad line (all or nothing is the caller's business). */
    public record Result(List<Row> rows, List<LineError> errors) {
        public Result {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private StudentRoster() {
    }

    public static Result check(List<Line> lines) {
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line l : lines) {
            try {
                Ine ine = new Ine(l.ine());
                String nom = trimmed(l.lastName());
                String prenom = trimmed(l.firstName());
                String div = trimmed(l.division());
                if (nom.isEmpty()) { errors.add(new LineError(l.line(), "nom", "nom is required")); continue; }
                if (prenom.isEmpty()) { errors.add(new LineError(l.line(), "prenom", "prénom is required")); continue; }
                if (div.isEmpty()) { errors.add(new LineError(l.line(), "division", "division is required")); continue; }
                if (!seen.add(ine.value())) { errors.add(new LineError(l.line(), "ine", "INE " + ine + " appears twice in the file")); continue; }
                rows.add(new Row(l.line(), ine, nom, prenom, div));
            } catch (InvalidInputException e) {
                errors.add(new LineError(l.line(), e.field(), e.getMessage()));
            }
        }
        return new Result(rows, errors);
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.trim();
    }
}
