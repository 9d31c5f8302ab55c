package fr.agora.domain.referentiel;

import fr.agora.domain.shared.NotFoundException;

/** A code looked up in the référentiel does not exist; subclasses say which kind of item was asked for. */
public class UnknownReferentielItemException extends NotFoundException {

    protected UnknownReferentielItemException(String problemType, String what, String code) {
        super(problemType, what, code);
    }
}
