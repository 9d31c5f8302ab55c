package fr.agora.adapter.in.rest.assessment.csv;

import fr.agora.adapter.in.rest.http.CsvFiles;
import fr.agora.application.port.in.assessment.ImportEvaluationsCsvUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.EvaluationInput;
import fr.agora.domain.shared.InvalidFileException;
import fr.agora.domain.shared.InvalidFileException.LineError;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** The column of each field of {@link AssessmentDtos.EvaluationRequest}, whose bounds (those of the columns) every cell obeys. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("studentId", "student_id"),
            Map.entry("competency", "competency"), Map.entry("criterion", "criterion"), Map.entry("period", "period"),
            Map.entry("date", "date"), Map.entry("level", "level"), Map.entry("evaluatorId", "evaluator_id"),
            Map.entry("evaluatorRole", "evaluator_role"), Map.entry("complexityFactors", "complexity_factors"),
            Map.entry("aleas", "aleas"), Map.entry("comment", "comment"), Map.entry("evidenceLink", "evidence_link"));

    /**
     * The file's evaluations; every cell is checked against the bounds of the JSON field it stands for (so of the
     * column that stores it: {@code ColumnLimitsTest}) and refused with its line before anything is recorded.
     */
    public static List<ImportEvaluationsCsvUseCase.Line> read(String text, Validator validator) {
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
            EvaluationInput in = new EvaluationInput(get(f, idx, "student_id"),
                    get(f, idx, "competency"), get(f, idx, "criterion"), get(f, idx, "period"), get(f, idx, "date"),
                    get(f, idx, "level"), get(f, idx, "evaluator_id"), get(f, idx, "evaluator_role"),
                    list(get(f, idx, "complexity_factors")), list(get(f, idx, "aleas")), get(f, idx, "comment"),
                    get(f, idx, "evidence_link"));
            errors.addAll(bounds(r.line(), in, validator));
            lines.add(new ImportEvaluationsCsvUseCase.Line(r.line(), in));
        }
        if (!errors.isEmpty()) throw new InvalidFileException(errors);
        return lines;
    }

    private static List<LineError> bounds(int line, EvaluationInput in, Validator validator) {
        AssessmentDtos.EvaluationRequest asJson = new AssessmentDtos.EvaluationRequest(in.studentId(), in.competency(), in.criterion(),
                in.period(), in.date(), in.level(), in.evaluatorId(), in.evaluatorRole(), in.complexityFactors(), in.aleas(), in.comment(),
                in.evidenceLink());
        return validator.validate(asJson).stream()
                .map(v -> {
                    String field = v.getPropertyPath().iterator().next().getName();
                    return new LineError(line, COLUMN_OF.getOrDefault(field, field), v.getMessage());
                })
                .sorted(Comparator.comparing(LineError::field))
                .toList();
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
