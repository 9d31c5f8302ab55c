package fr.agora.application.port.out.referentiel;

import java.util.List;
import java.util.Optional;

/** Reads the stored référentiel versions. */
public interface LoadReferentielPort {

    /** Every stored version, oldest first, without its content. */
    List<StoredVersion> loadVersions();

    Optional<StoredReferentiel> load(String id);
}
