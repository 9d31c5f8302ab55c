package fr.agora.application.port.in.evaluation;

import fr.agora.domain.evaluation.Placement;
import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * Each student's placement per PFMP period (host organisation, kind, tutor). Setting: school admin, ENT or teacher;
 * reading: every role that may see the student.
 */
public interface ManagePlacementsUseCase {

    /** Creates or replaces the placement of that period (which must be one of the cohort's planned periods). */
    Placement setPlacement(Command command);

    List<Placement> placements(Caller caller, String studentId);

    record Command(Caller caller, String studentId, String period, String organisation, String kind, String tutorName,
                   String tutorEmail) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            if (studentId == null || studentId.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
        }
    }
}
