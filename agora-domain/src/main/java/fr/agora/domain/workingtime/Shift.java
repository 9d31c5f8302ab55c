package fr.agora.domain.workingtime;

import fr.agora.domain.shared.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A period of work: from {@code start} to {@code end} (possibly past midnight) with {@code breakMinutes} of
 * break (pause) inside it. Work time is end − start − breaks; it counts for the day the shift starts on.
 */
public record Shift(String workerId, LocalDateTime start, LocalDateTime end, int breakMinutes) {

    /** A shift longer than this is a typing error, not a working day. */
    public static final int MAX_SPAN_MINUTES = 24 * 60;

    public Shift {
        Objects.requireNonNull(workerId, "workerId");
        if (start == null || end == null) {
            throw new InvalidInputException(start == null ? "start" : "end", "is required");
        }
        if (start.getYear() < 1900 || start.getYear() > 2999) {
            throw new InvalidInputException("start", "year between 1900 and 2999");
        }
        long span = Duration.between(start, end).toMinutes();
        if (span <= 0 || span > MAX_SPAN_MINUTES) {
            throw new InvalidInputException("end", "must be after start, at most 24 h later");
        }
        if (breakMinutes < 0 || breakMinutes >= span) {
            throw new InvalidInputException("breakMinutes", "must be at least 0 and shorter than the shift");
        }
    }

    public long workMinutes() {
        return Duration.between(start, end).toMinutes() - breakMinutes;
    }

    public LocalDate day() {
        return start.toLocalDate();
    }
}
