package fr.agora.domain.referentiel;

/** No compétence CRCN with this code in the référentiel. */
public class UnknownCrcnException extends UnknownReferentielItemException {

    public UnknownCrcnException(String code) {
        super("unknown-crcn-competency", "compétence CRCN", code);
    }
}
