package fr.agora.domain.indicators;

import fr.agora.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/** A quote (devis) issued on {@code date} and where it stands. */
public record Quote(String id, LocalDate date, Status status) {

    public enum Status { ACCEPTED, REFUSED, PENDING }

    public Quote {
        Objects.requireNonNull(id, "id");
        if (date == null || status == null) {
            throw new InvalidInputException(date == null ? "date" : "status", "is required");
        }
    }
}
