package fr.agora.application.port.in.tutor;

import fr.agora.domain.shared.InvalidInputException;
import java.util.List;

/** A tutor's submission through their link; {@code submissionId} (one per form shown) makes a double submit harmless. */
public record SubmitTutorEvaluationCommand(String token, String submissionId, List<TutorMark> marks, String appreciation) {
    public SubmitTutorEvaluationCommand {
        if (submissionId == null || !submissionId.matches("[A-Za-z0-9_-]{8,64}")) throw new InvalidInputException("submissionId", "submissionId is malformed");
        marks = marks == null ? List.of() : List.copyOf(marks);
        if (appreciation != null && appreciation.length() > 2000) throw new InvalidInputException("appreciation", "appreciation is longer than 2000 characters");
    }
}
