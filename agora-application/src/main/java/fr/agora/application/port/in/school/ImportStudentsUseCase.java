package fr.agora.application.port.in.school;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.school.StudentRoster;
import fr.agora.domain.shared.InvalidFileException;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * Imports students from a SIECLE-shaped CSV (INE, NOM, PRENOM, DIVISION) into a cohort: all or nothing with a
 * line-by-line report ({@link fr.agora.domain.school.SiecleStudentCsv.InvalidFileException}); idempotent: a
 * student is matched by INE, so importing the same file twice changes nothing.
 */
public interface ImportStudentsUseCase {

    Result importStudents(Command command);

    /**
     * The extract's lines as the inbound adapter read them, and the errors it found in the file's shape (header,
     * column count): reported together with the lines' own errors, in line order, after the role and cohort checks.
     */
    record Command(Caller caller, String cohortId, List<StudentRoster.Line> lines, List<InvalidFileException.LineError> formatErrors) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (cohortId == null || cohortId.isBlank()) throw new InvalidInputException("cohortId", "cohortId is required");
            lines = lines == null ? List.of() : List.copyOf(lines);
            formatErrors = formatErrors == null ? List.of() : List.copyOf(formatErrors);
        }
    }

    record Result(int created, int updated, int unchanged) {
    }
}
