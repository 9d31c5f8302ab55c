package fr.agora.domain.evaluation;

import fr.agora.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a SIECLE-shaped student extract: a header line with the columns INE, NOM, PRENOM (or PRÉNOM), DIVISION in
 * any order (case-insensitive), separator {@code ;} or {@code ,}, an optional UTF-8 BOM. Every line is checked;
 * the result holds either the rows or the line-by-line errors (all-or-nothing is the caller's business).
 */
public final class SiecleStudentCsv {

    public record Row(int line, Ine ine, String lastName, String firstName, String division) {
    }

    public record LineError(int line, String field, String message) {
    }

    public record Result(List<Row> rows, List<LineError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Raised by callers when a file has errors: carries the report. */
    public static final class InvalidFileException extends DomainException {
        public InvalidFileException(List<LineError> errors) {
            super(Kind.INVALID_INPUT, "invalid-csv", errors.isEmpty() ? null : errors.get(0).field(),
                    errors.size() + " line(s) in error; nothing imported", Map.of("errors", List.copyOf(errors)));
        }
    }

    private SiecleStudentCsv() {
    }

    public static Result parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new LineError(1, "file", "empty file"));
            return new Result(rows, errors);
        }
        if (text.charAt(0) == '\uFEFF') text = text.substring(1);
        String[] lines = text.split("\\r?\\n");
        String sep = lines[0].contains(";") ? ";" : ",";
        String[] header = lines[0].split(sep, -1);
        int iIne = -1, iNom = -1, iPrenom = -1, iDiv = -1;
        for (int i = 0; i < header.length; i++) {
            String h = header[i].trim().toUpperCase(Locale.ROOT).replace("É", "E");
            switch (h) {
                case "INE" -> iIne = i;
                case "NOM" -> iNom = i;
                case "PRENOM" -> iPrenom = i;
                case "DIVISION" -> iDiv = i;
                default -> { }
            }
        }
        if (iIne < 0 || iNom < 0 || iPrenom < 0 || iDiv < 0) {
            errors.add(new LineError(1, "header", "header must name the columns INE, NOM, PRENOM, DIVISION"));
            return new Result(rows, errors);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int n = 1; n < lines.length; n++) {
            String l = lines[n];
            if (l.isBlank()) continue;
            String[] f = l.split(sep, -1);
            int lineNo = n + 1;
            if (f.length < header.length) {
                errors.add(new LineError(lineNo, "line", "expected " + header.length + " columns, got " + f.length));
                continue;
            }
            try {
                Ine ine = new Ine(f[iIne]);
                String nom = f[iNom].trim();
                String prenom = f[iPrenom].trim();
                String div = f[iDiv].trim();
                if (nom.isEmpty()) { errors.add(new LineError(lineNo, "nom", "nom is required")); continue; }
                if (prenom.isEmpty()) { errors.add(new LineError(lineNo, "prenom", "prénom is required")); continue; }
                if (div.isEmpty()) { errors.add(new LineError(lineNo, "division", "division is required")); continue; }
                if (!seen.add(ine.value())) { errors.add(new LineError(lineNo, "ine", "INE " + ine + " appears twice in the file")); continue; }
                rows.add(new Row(lineNo, ine, nom, prenom, div));
            } catch (fr.agora.domain.shared.InvalidInputException e) {
                errors.add(new LineError(lineNo, e.field(), e.getMessage()));
            }
        }
        return new Result(rows, errors);
    }
}
