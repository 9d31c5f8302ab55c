package fr.agora.application.port.out.pfmp;

import fr.agora.domain.pfmp.AllowanceValidation;
import fr.agora.domain.pfmp.PfmpAttendance;

/** Writes attendance (create or replace) and allowance validations (insert once). */
public interface SavePfmpAttendancePort {
    void saveAttendance(PfmpAttendance attendance);

    /** False when that period already has a validation (nothing written). */
    boolean insertValidation(AllowanceValidation validation);
}
