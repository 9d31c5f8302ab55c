package fr.agora.domain.workingtime;

import fr.agora.domain.shared.InvalidInputException;
import java.util.List;

/**
 * What is checked: the people, their shifts, leave requests and the minimum number of people who must be present
 * (not on leave) each jour ouvrable ({@code 0} = no staffing rule), in a region for its public holidays.
 */
public record WorkingTimePlan(List<Worker> workers, List<Shift> shifts, List<LeaveRequest> leaveRequests,
        int minimumStaffing, PublicHolidays.Region region) {

    public WorkingTimePlan {
        workers = List.copyOf(workers);
        shifts = List.copyOf(shifts);
        leaveRequests = leaveRequests == null ? List.of() : List.copyOf(leaveRequests);
        region = region == null ? PublicHolidays.Region.METROPOLE : region;
        if (minimumStaffing < 0) {
            throw new InvalidInputException("minimumStaffing", "cannot be negative");
        }
    }
}
