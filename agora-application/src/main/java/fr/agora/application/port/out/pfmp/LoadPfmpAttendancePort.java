package fr.agora.application.port.out.pfmp;

import fr.agora.domain.pfmp.AllowanceValidation;
import fr.agora.domain.pfmp.PfmpAttendance;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.util.List;

/** Reads a student's attendance records and allowance validations, within one school. */
public interface LoadPfmpAttendancePort {
    List<PfmpAttendance> loadAttendance(Uai uai, StudentId studentId);

    List<AllowanceValidation> loadValidations(Uai uai, StudentId studentId);
}
