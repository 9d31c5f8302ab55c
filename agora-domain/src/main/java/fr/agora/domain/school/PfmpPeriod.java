package fr.agora.domain.school;

import fr.agora.domain.shared.InvalidInputException;
import java.time.LocalDate;

/** One PFMP period of a cohort: code, first and last day, number of weeks (1–8). */
public record PfmpPeriod(PeriodCode code, LocalDate start, LocalDate end, int weeks) {
    public PfmpPeriod {
        if (code == null) throw new InvalidInputException("code", "code is required");
        if (start == null) throw new InvalidInputException("start", "start is required");
        if (end == null) throw new InvalidInputException("end", "end is required");
        if (end.isBefore(start)) throw new InvalidInputException("end", "end is before start");
        if (weeks < 1 || weeks > 8) throw new InvalidInputException("weeks", "weeks must be within 1–8");
    }
}
