package fr.agora.domain.assessment;

import fr.agora.domain.shared.InvalidInputException;
import java.util.UUID;

public record EvaluationId(String value) {
    public EvaluationId {
        if (value == null || value.isBlank()) throw new InvalidInputException("evaluationId", "evaluationId is required");
    }

    public static EvaluationId random() {
        return new EvaluationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
