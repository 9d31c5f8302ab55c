package fr.agora.domain.school;

import fr.agora.domain.shared.Uai;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/** A student: pseudonymous id, school, cohort, optional INE and names — nothing more. */
public record Student(StudentId id, Uai uai, CohortId cohortId, Ine ine, String lastName, String firstName) {
    public Student {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uai, "uai");
        Objects.requireNonNull(cohortId, "cohortId");
        if (lastName == null || lastName.isBlank()) throw new InvalidInputException("lastName", "lastName is required");
        if (firstName == null || firstName.isBlank()) throw new InvalidInputException("firstName", "firstName is required");
        lastName = lastName.trim();
        firstName = firstName.trim();
        if (lastName.length() > 100) throw new InvalidInputException("lastName", "lastName is longer than 100 characters");
        if (firstName.length() > 100) throw new InvalidInputException("firstName", "firstName is longer than 100 characters");
    }
}
