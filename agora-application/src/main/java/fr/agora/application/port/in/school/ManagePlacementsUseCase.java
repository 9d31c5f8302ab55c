package fr.agora.application.port.in.school;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Versioned;
import fr.agora.domain.school.Placement;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * Each student's placement per PFMP period (host organisation, kind, tutor). Setting: school admin, ENT or teacher;
 * reading: every role that may see the student.
 */
public interface ManagePlacementsUseCase {

    /** Creates or replaces the placement of that period (which must be one of the cohort's planned periods). */
    Versioned<Placement> setPlacement(Command command);

    List<Versioned<Placement>> placements(Caller caller, String studentId);

    /** One placement; 404 {@code placement-not-found} when the student has none in that period. */
    Versioned<Placement> placement(Caller caller, String studentId, String period);

    /** {@code expectedVersion} null ⇒ create or replace unconditionally; otherwise a stale or absent version is a conflict. */
    record Command(Caller caller, String studentId, String period, String organisation, String kind, String tutorName,
                   String tutorEmail, Long expectedVersion) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (studentId == null || studentId.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
        }
    }
}
