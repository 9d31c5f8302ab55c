package fr.agora.application.port.out.school;

import fr.agora.domain.school.Cohort;

/** Creates or updates a cohort with its PFMP periods (the periods are replaced as a whole). */
public interface SaveCohortPort {
    void saveCohort(Cohort cohort);
}
