package fr.agora.application.port.in.evaluation;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * Imports students from a SIECLE-shaped CSV (INE, NOM, PRENOM, DIVISION) into a cohort: all or nothing with a
 * line-by-line report ({@link fr.agora.domain.evaluation.SiecleStudentCsv.InvalidFileException}); idempotent: a
 * student is matched by INE, so importing the same file twice changes nothing.
 */
public interface ImportStudentsUseCase {

    Result importStudents(Command command);

    record Command(Caller caller, String cohortId, String csv) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (cohortId == null || cohortId.isBlank()) throw new InvalidInputException("cohortId", "cohortId is required");
            if (csv == null) throw new InvalidInputException("csv", "the file is required");
        }
    }

    record Result(int created, int updated, int unchanged) {
    }
}
