package fr.agora.application.port.out.school;

import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.CohortId;
import fr.agora.domain.shared.Uai;
import java.util.List;
import java.util.Optional;

/** Reads cohorts; every read is scoped to one school: another school's cohort is simply absent. */
public interface LoadCohortPort {
    Optional<Cohort> loadCohort(Uai uai, CohortId id);

    /** Cohorts of every school whose exam session year is ≤ {@code year} (for the RGPD purge). */
    List<Cohort> loadCohortsWithSessionUpTo(int year);
}
