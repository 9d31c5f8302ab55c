package fr.agora.domain.school;

import fr.agora.domain.shared.InvalidInputException;
import java.util.UUID;

/** The internal, pseudonymous id of a student: carries no personal data (a random UUID). */
public record StudentId(String value) {
    public StudentId {
        if (value == null || value.isBlank()) throw new InvalidInputException("studentId", "studentId is required");
        value = value.trim();
        if (value.length() > 64) throw new InvalidInputException("studentId", "studentId is longer than 64 characters");
    }

    public static StudentId of(String value) {
        return new StudentId(value);
    }

    public static StudentId random() {
        return new StudentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
