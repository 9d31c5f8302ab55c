package fr.agora.application.port.in.workingtime;

import fr.agora.domain.workingtime.WorkingTimeReport;

/** Checks a planning against the working-time rules and decides its leave requests. */
public interface CheckWorkingTimeUseCase {

    WorkingTimeReport check(CheckWorkingTimeCommand command);
}
