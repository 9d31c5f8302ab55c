package fr.agora.domain.indicators;

import fr.agora.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An absence from {@code from} to {@code to} inclusive. Its hours are the jours ouvrés it covers (while employed and
 * inside the period) × the member's weekly hours / 5. Absences of one person are expected not to overlap.
 */
public record Absence(String memberId, AbsenceKind kind, LocalDate from, LocalDate to) {

    public Absence {
        Objects.requireNonNull(memberId, "memberId");
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 3 * 366) {
            throw new InvalidInputException("to", "from and to are required, to on or after from, three years at most");
        }
    }
}
