package fr.agora.application.port.in.referentiel;

import fr.agora.domain.shared.DomainException;
import java.util.Map;

/** A version id is already stored with other content: published versions never change (409). */
public class ReferentielChecksumConflictException extends DomainException {

    public ReferentielChecksumConflictException(String id, String storedChecksum, String bundledChecksum) {
        super(Kind.CONFLICT, "referentiel-checksum-conflict", "id",
                "référentiel " + id + " is stored with checksum " + storedChecksum + " but the bundled data has "
                        + bundledChecksum + "; publish changed data under a new id",
                Map.of("id", id, "storedChecksum", storedChecksum, "bundledChecksum", bundledChecksum));
    }
}
