package fr.agora.domain.school;

import fr.agora.domain.shared.InvalidInputException;

public record CohortId(String value) {
    public CohortId {
        if (value == null || value.isBlank()) throw new InvalidInputException("cohortId", "cohortId is required");
    }

    @Override
    public String toString() {
        return value;
    }
}
