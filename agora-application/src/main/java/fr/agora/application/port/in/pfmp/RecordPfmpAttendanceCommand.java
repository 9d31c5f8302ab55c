package fr.agora.application.port.in.pfmp;

import fr.agora.application.port.in.shared.Caller;
import java.util.Objects;

/** The attendance of one placement as the host's attestation gives it. */
public record RecordPfmpAttendanceCommand(Caller caller, String studentId, String period, String cycleYear,
                                          int justifiedAbsenceDays, int unjustifiedAbsenceDays) {
    public RecordPfmpAttendanceCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
