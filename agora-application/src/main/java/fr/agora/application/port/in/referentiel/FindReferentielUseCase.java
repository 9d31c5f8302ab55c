package fr.agora.application.port.in.referentiel;

import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.UnknownReferentielException;
import java.util.List;

/**
 * Reads the published référentiel versions (those stored by the persistence adapter, not merely those bundled in the
 * jar): the list of versions and one version as the domain model. Every read-side use case of the référentiel (REST
 * tree, competency search, CASE export) starts here.
 */
public interface FindReferentielUseCase {

    /** Every published version, oldest first. */
    List<ReferentielVersion> versions();

    /**
     * One published version.
     *
     * @throws UnknownReferentielException (404) when no version has this id
     */
    Referentiel referentiel(String id);
}
