package fr.agora.application.port.in.pfmp;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import java.util.List;

/** The allocation de PFMP of a student, or of every student of a cohort (teachers and school admins). */
public interface GetPfmpAllowancesUseCase {
    PfmpAllowanceView studentAllowance(Caller caller, String studentId);

    /** Students ordered by name, as the school declares them. */
    List<PfmpAllowanceView> cohortAllowances(Caller caller, String cohortId);

    /** One page of {@link #cohortAllowances}, same order, paged in the store (the students of the cohort). */
    Page<PfmpAllowanceView> cohortAllowances(Caller caller, String cohortId, int page, int size);
}
