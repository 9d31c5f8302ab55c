package fr.agora.adapter.in.rest.school.csv;

import fr.agora.adapter.in.rest.http.CsvFiles;
import fr.agora.domain.school.StudentRoster;
import fr.agora.domain.shared.InvalidFileException.LineError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a SIECLE-shaped student extract: a header naming the columns INE, NOM, PRENOM (or PRÉNOM), DIVISION in any
 * order (case-insensitive), then one student per line. Only the file's shape is checked here (header, column count);
 * the students themselves are checked by {@link StudentRoster} in the use case.
 */
public final class SiecleCsvReader {

    /** The lines read and the shape errors found (a header error leaves no line). */
    public record Read(List<StudentRoster.Line> lines, List<LineError> errors) {
        public Read {
            lines = List.copyOf(lines);
            errors = List.copyOf(errors);
        }
    }

    private SiecleCsvReader() {
    }

    public static Read read(String text) {
        if (text == null || text.isBlank()) return new Read(List.of(), List.of(new LineError(1, "file", "empty file")));
        List<CsvFiles.Record> records = CsvFiles.read(text);
        List<String> header = records.get(0).fields();
        int iIne = -1, iNom = -1, iPrenom = -1, iDiv = -1;
        for (int i = 0; i < header.size(); i++) {
            switch (header.get(i).trim().toUpperCase(Locale.ROOT).replace("É", "E")) {
                case "INE" -> iIne = i;
                case "NOM" -> iNom = i;
                case "PRENOM" -> iPrenom = i;
                case "DIVISION" -> iDiv = i;
                default -> { }
            }
        }
        if (iIne < 0 || iNom < 0 || iPrenom < 0 || iDiv < 0) {
            return new Read(List.of(), List.of(new LineError(1, "header", "header must name the columns INE, NOM, PRENOM, DIVISION")));
        }
        List<StudentRoster.Line> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (CsvFiles.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() != header.size()) { // an extra column is refused, not silently ignored
                errors.add(new LineError(r.line(), "line", "expected " + header.size() + " columns, got " + f.size()));
                continue;
            }
            lines.add(new StudentRoster.Line(r.line(), f.get(iIne), f.get(iNom), f.get(iPrenom), f.get(iDiv)));
        }
        return new Read(lines, errors);
    }
}
