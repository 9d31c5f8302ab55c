package fr.agora.application.port.in.webhook;

/**
 * Announces the PFMP periods that have just ended ({@code period.closed}) and, for each, the students at risk at
 * that moment ({@code student.at_risk}); run by a scheduler.
 */
public interface AnnounceEndedPeriodsUseCase {

    /** Returns how many periods were announced. */
    int announceEndedPeriods();
}
