package fr.agora.domain.referentiel;

/** No référentiel with this code in the référentiel. */
public class UnknownReferentielException extends UnknownReferentielItemException {

    public UnknownReferentielException(String code) {
        super("unknown-referentiel", "référentiel", code);
    }
}
