package fr.agora.domain.referentiel;

/** No unité d'examen with this code in the référentiel. */
public class UnknownExamUnitException extends UnknownReferentielItemException {

    public UnknownExamUnitException(String code) {
        super("unknown-exam-unit", "unité d'examen", code);
    }
}
