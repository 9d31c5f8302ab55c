package fr.agora.application.port.in.workingtime;

import fr.agora.domain.workingtime.WorkingTimePlan;
import java.util.Objects;

/** A planning to check: workers, shifts, leave requests, minimum staffing (validated by {@link WorkingTimePlan}). */
public record CheckWorkingTimeCommand(WorkingTimePlan plan) {

    public CheckWorkingTimeCommand {
        Objects.requireNonNull(plan, "plan");
    }
}
