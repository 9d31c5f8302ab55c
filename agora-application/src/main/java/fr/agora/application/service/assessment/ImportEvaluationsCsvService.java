package fr.agora.application.service.assessment;

import fr.agora.application.port.in.assessment.ImportEvaluationsCsvUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.InvalidFileException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records a file's evaluations through {@link RecordEvaluationsUseCase}; a domain error on the i-th evaluation is
 * reported against its line of the file. All or nothing, idempotent on the key.
 */
public final class ImportEvaluationsCsvService implements ImportEvaluationsCsvUseCase {

    /** The field of a recorded evaluation's error, mapped back to its line. */
    private static final Pattern EVALUATION_FIELD = Pattern.compile("^evaluations\\[(\\d+)]\\.?(.*)$");

    private final RecordEvaluationsUseCase record;

    public ImportEvaluationsCsvService(RecordEvaluationsUseCase record) {
        this.record = record;
    }

    @Override
    public RecordEvaluationsUseCase.Result importCsv(Command command) {
        List<RecordEvaluationsUseCase.EvaluationInput> inputs = command.lines().stream().map(Line::input).toList();
        try {
            return record.record(new RecordEvaluationsUseCase.Command(command.caller(), command.idempotencyKey(), inputs, command.operation()));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID_INPUT && e.kind() != DomainException.Kind.RULE_VIOLATION) throw e;
            Matcher m = EVALUATION_FIELD.matcher(e.field() == null ? "" : e.field());
            if (!m.matches()) throw e;
            int line = command.lines().get(Integer.parseInt(m.group(1))).line();
            throw new InvalidFileException(List.of(new InvalidFileException.LineError(line, m.group(2), e.getMessage())));
        }
    }
}
