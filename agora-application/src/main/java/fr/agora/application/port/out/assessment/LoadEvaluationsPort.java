package fr.agora.application.port.out.assessment;

import fr.agora.domain.school.CohortId;
import fr.agora.domain.assessment.Evaluation;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import java.util.List;
import java.util.Map;

/** Reads evaluation histories (every record, superseded ones included) within one school. */
public interface LoadEvaluationsPort {
    List<Evaluation> loadEvaluationsOfStudent(Uai uai, StudentId studentId);

    /** Every student of the cohort, mapped to their records (students without records may be absent). */
    Map<StudentId, List<Evaluation>> loadEvaluationsOfCohort(Uai uai, CohortId cohortId);

    /**
     * The cohort's records as coverage reads them: like {@link #loadEvaluationsOfCohort}, but an adapter may leave
     * out what coverage never reads — the comment, the evidence link and the validator ({@code null} then). For
     * coverage only; never write these records back or show them as the evaluation.
     */
    default Map<StudentId, List<Evaluation>> loadCoverageRecordsOfCohort(Uai uai, CohortId cohortId) {
        return loadEvaluationsOfCohort(uai, cohortId);
    }
}
