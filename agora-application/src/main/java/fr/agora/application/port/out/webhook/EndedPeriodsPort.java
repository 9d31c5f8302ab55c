package fr.agora.application.port.out.webhook;

import fr.agora.domain.school.CohortId;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.shared.Uai;
import java.time.LocalDate;
import java.util.List;

/** The PFMP periods that have ended and were not yet announced (once each, whatever the number of dispatchers). */
public interface EndedPeriodsPort {

    record EndedPeriod(Uai uai, CohortId cohortId, PeriodCode period, LocalDate end) {
    }

    /** Periods of every school whose last day is within {@code [from, before)}, not yet announced, oldest first. */
    List<EndedPeriod> endedPeriodsNotAnnounced(LocalDate from, LocalDate before, int limit);

    /** Marks the period announced; false when it already was (another run got there first). */
    boolean markAnnounced(CohortId cohortId, PeriodCode period);
}
