package fr.agora.application.service.evaluation;

import fr.agora.application.port.in.evaluation.ImportEvaluationsCsvUseCase;
import fr.agora.application.port.in.evaluation.RecordEvaluationsUseCase;
import fr.agora.domain.evaluation.SiecleStudentCsv;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the CSV into {@link RecordEvaluationsUseCase.EvaluationInput}s and delegates; a domain error on the i-th
 * evaluation is reported against its CSV line (line i + 2). All or nothing, idempotent on the key.
 */
public final class ImportEvaluationsCsvService implements ImportEvaluationsCsvUseCase {

    static final List<String> COLUMNS = List.of("student_id", "competency", "criterion", "period", "date", "level",
            "evaluator_id", "evaluator_role", "complexity_factors", "aleas", "comment", "evidence_link");
    /** The field of a recorded evaluation's error, mapped back to its CSV line. */
    private static final java.util.regex.Pattern EVALUATION_FIELD = java.util.regex.Pattern.compile("^evaluations\\[(\\d+)]\\.?(.*)$");

    private final RecordEvaluationsUseCase record;

    public ImportEvaluationsCsvService(RecordEvaluationsUseCase record) {
        this.record = record;
    }

    @Override
    public RecordEvaluationsUseCase.Result importCsv(Command command) {
        String text = command.csv().charAt(0) == '\uFEFF' ? command.csv().substring(1) : command.csv();
        String[] lines = text.split("\\r?\\n");
        String sep = lines[0].contains(";") ? ";" : ",";
        Map<String, Integer> idx = new HashMap<>();
        String[] header = lines[0].split(sep, -1);
        for (int i = 0; i < header.length; i++) idx.put(header[i].trim().toLowerCase(Locale.ROOT), i);
        List<SiecleStudentCsv.LineError> errors = new ArrayList<>();
        for (String c : List.of("student_id", "competency", "period", "date", "level", "evaluator_id", "evaluator_role")) {
            if (!idx.containsKey(c)) errors.add(new SiecleStudentCsv.LineError(1, "header", "missing column " + c));
        }
        if (!errors.isEmpty()) throw new SiecleStudentCsv.InvalidFileException(errors);
        List<RecordEvaluationsUseCase.EvaluationInput> inputs = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            if (lines[n].isBlank()) continue;
            String[] f = lines[n].split(sep, -1);
            if (f.length != header.length) {
                errors.add(new SiecleStudentCsv.LineError(n + 1, "line", "expected " + header.length + " columns, got " + f.length));
                continue;
            }
            inputs.add(new RecordEvaluationsUseCase.EvaluationInput(get(f, idx, "student_id"), get(f, idx, "competency"),
                    get(f, idx, "criterion"), get(f, idx, "period"), get(f, idx, "date"), get(f, idx, "level"),
                    get(f, idx, "evaluator_id"), get(f, idx, "evaluator_role"), list(get(f, idx, "complexity_factors")),
                    list(get(f, idx, "aleas")), get(f, idx, "comment"), get(f, idx, "evidence_link")));
            lineOf.add(n + 1);
        }
        if (!errors.isEmpty()) throw new SiecleStudentCsv.InvalidFileException(errors);
        if (inputs.isEmpty()) throw new InvalidInputException("csv", "the file has no evaluation");
        try {
            return record.record(new RecordEvaluationsUseCase.Command(command.caller(), command.idempotencyKey(), inputs));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID_INPUT && e.kind() != DomainException.Kind.RULE_VIOLATION) throw e;
            String field = e.field() == null ? "" : e.field();
            java.util.regex.Matcher m = EVALUATION_FIELD.matcher(field);
            if (!m.matches()) throw e;
            int line = lineOf.get(Integer.parseInt(m.group(1)));
            throw new SiecleStudentCsv.InvalidFileException(List.of(new SiecleStudentCsv.LineError(line, m.group(2), e.getMessage())));
        }
    }

    private static String get(String[] f, Map<String, Integer> idx, String col) {
        Integer i = idx.get(col);
        if (i == null) return null;
        String v = f[i].trim();
        return v.isEmpty() ? null : v;
    }

    private static List<String> list(String v) {
        return v == null ? List.of() : Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
