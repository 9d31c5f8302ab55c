package fr.agora.application.port.in.referentiel;

import java.util.List;

/** The published référentiel versions, oldest first, each with the identity of the diploma it describes. */
public interface ListReferentielsUseCase {

    List<ReferentielSummary> list();
}
