package fr.agora.application.port.in.referentiel;

import fr.agora.domain.referentiel.Activity;
import fr.agora.domain.referentiel.Bloc;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.CrcnCompetency;
import fr.agora.domain.referentiel.Discrepancy;
import fr.agora.domain.referentiel.ExamUnit;
import fr.agora.domain.referentiel.Situation;
import java.util.List;

/**
 * A competency and what the référentiel attaches to it: its bloc and activity, the situations that exercise it, the
 * CRCN competencies of its activity, the exam units certifying its bloc, and the discrepancies between seeds about it
 * (those whose subject is the competency, its activity or one of its situations). {@code checksum} is the version's.
 */
public record CompetencyDetail(String referentielId, String checksum, Competency competency, Bloc bloc,
                               Activity activity, List<Situation> situations, List<CrcnCompetency> crcn,
                               List<ExamUnit> examUnits, List<Discrepancy> discrepancies) {

    public CompetencyDetail {
        situations = List.copyOf(situations);
        crcn = List.copyOf(crcn);
        examUnits = List.copyOf(examUnits);
        discrepancies = List.copyOf(discrepancies);
    }
}
