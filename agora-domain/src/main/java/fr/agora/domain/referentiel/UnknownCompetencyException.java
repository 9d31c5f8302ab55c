package fr.agora.domain.referentiel;

/** No compétence with this code in the référentiel. */
public class UnknownCompetencyException extends UnknownReferentielItemException {

    public UnknownCompetencyException(String code) {
        super("unknown-competency", "compétence", code);
    }
}
