package fr.agora.application.port.out.evaluation;

import fr.agora.domain.evaluation.Cohort;
import fr.agora.domain.evaluation.Uai;
import java.util.List;

/** Lists a school's cohorts, by name, one page at a time. */
public interface ListCohortsPort {
    List<Cohort> listCohorts(Uai uai, int offset, int limit);

    long countCohorts(Uai uai);
}
