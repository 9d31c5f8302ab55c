package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.Cohort;

/** Creates or updates a cohort with its PFMP periods (the periods are replaced as a whole). */
public interface SaveCohortPort {
    void saveCohort(Cohort cohort);
}
