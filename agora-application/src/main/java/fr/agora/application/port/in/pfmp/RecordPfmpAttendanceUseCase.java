package fr.agora.application.port.in.pfmp;

import fr.agora.domain.pfmp.PfmpAttendance;

/**
 * Records a placement's year of the cycle and absence days (school admin, teacher, ENT). 404 without a placement in
 * that period; 409 {@code pfmp-period-validated} once the head of school validated its allowance; 422 when the
 * absences exceed the days planned.
 */
public interface RecordPfmpAttendanceUseCase {
    PfmpAttendance recordAttendance(RecordPfmpAttendanceCommand command);
}
