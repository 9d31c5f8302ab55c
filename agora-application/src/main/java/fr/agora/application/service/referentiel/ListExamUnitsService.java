package fr.agora.application.service.referentiel;

import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.ListExamUnitsUseCase;
import fr.agora.domain.referentiel.Referentiel;

/** The règlement d'examen of a published version, as the data gives it. */
public final class ListExamUnitsService implements ListExamUnitsUseCase {

    private final FindReferentielUseCase find;

    public ListExamUnitsService(FindReferentielUseCase find) {
        this.find = find;
    }

    @Override
    public ExamRegulation examUnits(String referentielId) {
        Referentiel r = find.referentiel(referentielId);
        return new ExamRegulation(r.id(), r.checksum(), r.epreuves(), r.examUnits());
    }
}
