package fr.agora.domain.workingtime;

import fr.agora.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A request for congés payés from {@code from} to {@code to} inclusive; requests are decided in the order given. */
public record LeaveRequest(String id, String workerId, LocalDate from, LocalDate to) {

    public LeaveRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workerId, "workerId");
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "from and to are required, to on or after from");
        }
        if (from.getYear() < 1900 || from.getYear() > 2999) {
            throw new InvalidInputException("from", "year between 1900 and 2999");
        }
        if (ChronoUnit.DAYS.between(from, to) > 366) {
            throw new InvalidInputException("to", "a leave request spans a year at most");
        }
    }
}
