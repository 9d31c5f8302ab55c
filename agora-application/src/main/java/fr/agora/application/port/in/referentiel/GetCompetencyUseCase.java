package fr.agora.application.port.in.referentiel;

import fr.agora.domain.referentiel.UnknownCompetencyException;
import fr.agora.domain.referentiel.UnknownReferentielException;

/** One competency of one version with everything attached to it (see {@link CompetencyDetail}). */
public interface GetCompetencyUseCase {

    /**
     * @throws UnknownReferentielException (404) when no version has this id
     * @throws UnknownCompetencyException (404, carrying the code) when the version has no such competency
     */
    CompetencyDetail get(Query query);

    /** A competency code ({@code 2.2.4}) in a version; a malformed code is invalid input (400), not unknown. */
    record Query(String referentielId, String code) {
        public Query {
            referentielId = ReferentielIds.id(referentielId);
            code = ReferentielIds.code(code, ReferentielIds.COMPETENCY_CODE, "code", "2.2.4");
            if (code == null) {
                throw new fr.agora.domain.shared.InvalidInputException("code", "code is required");
            }
        }
    }
}
