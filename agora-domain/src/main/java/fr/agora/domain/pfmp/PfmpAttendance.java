package fr.agora.domain.pfmp;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.InvalidInputException;
import java.util.Objects;

/**
 * What the host organisation's attestation says of one placement: the year of the cycle its period belongs to and the
 * student's absence days, justified or not (both are excluded from the days done, whatever their reason).
 */
public record PfmpAttendance(StudentId studentId, PeriodCode period, CycleYear cycleYear,
                             int justifiedAbsenceDays, int unjustifiedAbsenceDays) {
    public PfmpAttendance {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(period, "period");
        if (cycleYear == null) throw new InvalidInputException("cycleYear", "cycleYear is required");
        if (justifiedAbsenceDays < 0 || justifiedAbsenceDays > 60) throw new InvalidInputException("justifiedAbsenceDays", "justifiedAbsenceDays must be within 0–60");
        if (unjustifiedAbsenceDays < 0 || unjustifiedAbsenceDays > 60) throw new InvalidInputException("unjustifiedAbsenceDays", "unjustifiedAbsenceDays must be within 0–60");
    }

    public int absenceDays() {
        return justifiedAbsenceDays + unjustifiedAbsenceDays;
    }
}
