package fr.agora.domain.referentiel;

/** No activité with this code in the référentiel. */
public class UnknownActivityException extends UnknownReferentielItemException {

    public UnknownActivityException(String code) {
        super("unknown-activity", "activité", code);
    }
}
