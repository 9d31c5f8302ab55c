package fr.agora.application.port.in.pfmp;

import fr.agora.application.port.in.shared.Caller;
import java.util.List;

/** The allocation de PFMP of a student, or of every student of a cohort (teachers and school admins). */
public interface GetPfmpAllowancesUseCase {
    PfmpAllowanceView studentAllowance(Caller caller, String studentId);

    /** Students ordered by name, as the school declares them. */
    List<PfmpAllowanceView> cohortAllowances(Caller caller, String cohortId);
}
