package fr.agora.domain.referentiel;

/** No situation with this code in the référentiel. */
public class UnknownSituationException extends UnknownReferentielItemException {

    public UnknownSituationException(String code) {
        super("unknown-situation", "situation", code);
    }
}
