package fr.agora.domain.school;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A student's placement for one PFMP period: host organisation, its kind and the tutor (identified by e-mail). */
public record Placement(StudentId studentId, PeriodCode period, String organisation, OrganisationKind kind,
                        String tutorName, String tutorEmail) {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Placement {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(period, "period");
        if (organisation == null || organisation.isBlank()) throw new InvalidInputException("organisation", "organisation is required");
        if (kind == null) throw new InvalidInputException("kind", "kind is required");
        if (tutorName == null || tutorName.isBlank()) throw new InvalidInputException("tutorName", "tutorName is required");
        if (tutorEmail == null || !EMAIL.matcher(tutorEmail.trim()).matches()) throw new InvalidInputException("tutorEmail", "tutorEmail must be an e-mail address");
        tutorEmail = tutorEmail.trim().toLowerCase(Locale.ROOT);
    }
}
