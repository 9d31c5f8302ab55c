package fr.agora.domain.interop.casev1p1;

import fr.agora.domain.shared.NotFoundException;
import java.util.UUID;

/** No CASE object of this kind ({@code CFDocument}, {@code CFPackage}, {@code CFItem}) has this identifier (404). */
public class UnknownCaseObjectException extends NotFoundException {

    public UnknownCaseObjectException(String kind, UUID identifier) {
        super("unknown-case-object", kind, identifier.toString());
    }
}
