package fr.agora.application.port.in.indicators;

import fr.agora.domain.indicators.Absence;
import fr.agora.domain.indicators.StaffMember;
import java.time.LocalDate;
import java.util.List;

/** A staff register, its absences and the period [from, to] the indicators cover. */
public record ComputeHrIndicatorsCommand(List<StaffMember> staff, List<Absence> absences, LocalDate from, LocalDate to) {

    public ComputeHrIndicatorsCommand {
        staff = staff == null ? List.of() : List.copyOf(staff);
        absences = absences == null ? List.of() : List.copyOf(absences);
    }
}
