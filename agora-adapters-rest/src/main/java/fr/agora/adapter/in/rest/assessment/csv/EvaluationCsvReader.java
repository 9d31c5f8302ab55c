package fr.agora.adapter.in.rest.assessment.csv;

import fr.agora.adapter.in.rest.http.CsvFiles;
import fr.agora.application.port.in.assessment.ImportEvaluationsCsvUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.EvaluationInput;
import fr.agora.domain.shared.InvalidFileException;
import fr.agora.domain.shared.InvalidFileException.LineError;
import fr.agora.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an evaluation file: header {@code student_id;competency;criterion;period;date;level;evaluator_id;
 * evaluator_role;complexity_factors;aleas;comment;evidence_link} in any order (lists separated by {@code |}), one
 * evaluation per line. A missing column or a line with another number of columns is a 400 {@code invalid-csv}
 * listing every such line; the evaluations themselves are checked by the use case.
 */
public final class EvaluationCsvReader {

    private static final List<String> REQUIRED = List.of("student_id", "competency", "period", "date", "level", "evaluator_id",
            "evaluator_role");

    private EvaluationCsvReader() {
    }

    public static List<ImportEvaluationsCsvUseCase.Line> read(String text) {
        if (text == null || text.isBlank()) throw new InvalidInputException("csv", "the file is empty");
        List<CsvFiles.Record> records = CsvFiles.read(text);
        List<String> header = records.get(0).fields();
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < header.size(); i++) idx.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        List<LineError> errors = new ArrayList<>();
        for (String c : REQUIRED) {
            if (!idx.containsKey(c)) errors.add(new LineError(1, "header", "missing column " + c));
        }
        if (!errors.isEmpty()) throw new InvalidFileException(errors);
        List<ImportEvaluationsCsvUseCase.Line> lines = new ArrayList<>();
        for (CsvFiles.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() != header.size()) {
                errors.add(new LineError(r.line(), "line", "expected " + header.size() + " columns, got " + f.size()));
                continue;
            }
            lines.add(new ImportEvaluationsCsvUseCase.Line(r.line(), new EvaluationInput(get(f, idx, "student_id"),
                    get(f, idx, "competency"), get(f, idx, "criterion"), get(f, idx, "period"), get(f, idx, "date"),
                    get(f, idx, "level"), get(f, idx, "evaluator_id"), get(f, idx, "evaluator_role"),
                    list(get(f, idx, "complexity_factors")), list(get(f, idx, "aleas")), get(f, idx, "comment"),
                    get(f, idx, "evidence_link"))));
        }
        if (!errors.isEmpty()) throw new InvalidFileException(errors);
        return lines;
    }

    private static String get(List<String> f, Map<String, Integer> idx, String col) {
        Integer i = idx.get(col);
        if (i == null) return null;
        String v = f.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    private static List<String> list(String v) {
        return v == null ? List.of() : Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
