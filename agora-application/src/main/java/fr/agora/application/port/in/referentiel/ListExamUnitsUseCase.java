package fr.agora.application.port.in.referentiel;

import fr.agora.domain.referentiel.Epreuve;
import fr.agora.domain.referentiel.ExamUnit;
import fr.agora.domain.referentiel.UnknownReferentielException;
import java.util.List;

/** The règlement d'examen of one version: the épreuves (E1 … E7) and their units (U11 … U7). */
public interface ListExamUnitsUseCase {

    /** @throws UnknownReferentielException (404) when no version has this id */
    ExamRegulation examUnits(String referentielId);

    /** Units with coefficient, certified bloc and mode/duration per candidate category; the version's checksum. */
    record ExamRegulation(String referentielId, String checksum, List<Epreuve> epreuves, List<ExamUnit> units) {
        public ExamRegulation {
            epreuves = List.copyOf(epreuves);
            units = List.copyOf(units);
        }
    }
}
