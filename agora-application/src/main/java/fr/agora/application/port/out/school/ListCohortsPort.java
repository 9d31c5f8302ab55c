package fr.agora.application.port.out.school;

import fr.agora.domain.school.Cohort;
import fr.agora.domain.shared.Uai;
import java.util.List;

/** Lists a school's cohorts, by name, one page at a time. */
public interface ListCohortsPort {
    List<Cohort> listCohorts(Uai uai, int offset, int limit);

    long countCohorts(Uai uai);
}
