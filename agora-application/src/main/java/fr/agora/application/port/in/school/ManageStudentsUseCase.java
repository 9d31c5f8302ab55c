package fr.agora.application.port.in.school;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.shared.Versioned;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * A school's students, one at a time, edits optimistically locked (the SIECLE file goes through {@link ImportStudentsUseCase}). Creating:
 * school admin or ENT; listing and reading: every role, a tutor only the students placed with them (404 otherwise).
 */
public interface ManageStudentsUseCase {

    Student createStudent(CreateCommand command);

    Student student(Caller caller, String studentId);

    /** The student with the version of its row (the ETag of {@code GET /students/{id}}). */
    Versioned<Student> versionedStudent(Caller caller, String studentId);

    /**
     * Replaces the editable fields (names, INE, cohort): school admin or ENT. {@code expectedVersion} null ⇒
     * unconditional (last writer wins); otherwise a stale version is a conflict (409 {@code stale-version}).
     */
    Versioned<Student> updateStudent(UpdateCommand command);

    /** {@code cohortId} null ⇒ every student of the school (a tutor: every student placed with them); ordered by name. */
    Page<Student> students(Caller caller, String cohortId, int page, int size);

    /** {@code ine} is optional; when given it must be unique within the school (409 otherwise). */
    record CreateCommand(Caller caller, String cohortId, String ine, String lastName, String firstName) {
        public CreateCommand {
            Objects.requireNonNull(caller, "caller");
            if (cohortId == null || cohortId.isBlank()) throw new InvalidInputException("cohortId", "cohortId is required");
        }
    }

    /** {@code ine} null or blank ⇒ no INE; {@code cohortId} null or blank ⇒ the student stays in their cohort. */
    record UpdateCommand(Caller caller, String studentId, String ine, String lastName, String firstName, String cohortId,
                         Long expectedVersion) {
        public UpdateCommand {
            Objects.requireNonNull(caller, "caller");
        }
    }
}
