package fr.agora.domain.referentiel;

/** No bloc with this code in the référentiel. */
public class UnknownBlocException extends UnknownReferentielItemException {

    public UnknownBlocException(String code) {
        super("unknown-bloc", "bloc", code);
    }
}
