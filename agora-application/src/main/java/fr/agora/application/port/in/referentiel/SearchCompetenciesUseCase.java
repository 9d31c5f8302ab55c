package fr.agora.application.port.in.referentiel;

import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.UnknownReferentielException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.TextFolding;
import java.util.Arrays;
import java.util.List;

/**
 * The competencies of one version, filtered. Filters combine (AND): {@code bloc}, {@code activity}, {@code crcn} (the
 * CRCN codes of the competency's activity) and {@code q}, full text, accent- and case-insensitive, every word of which
 * must appear in the competency's label, criteria (both sources), savoirs (labels and indications) or exemples
 * concrets. A filter naming a bloc, activity or CRCN code that does not exist in the version is invalid input (400),
 * not an empty list, so that a typo is not mistaken for "no competency".
 */
public interface SearchCompetenciesUseCase {

    /**
     * @throws UnknownReferentielException (404) when no version has this id
     * @throws InvalidInputException (400, naming the filter) when a filter names nothing in the version
     */
    Result search(Query query);

    /** A search; refuses to exist when a filter is malformed. Blank filters mean "no filter". */
    record Query(String referentielId, Integer bloc, String activity, String crcn, String q) {

        /** Longer full-text queries are refused: no label of the référentiel is that long. */
        public static final int MAX_QUERY_LENGTH = 200;

        public Query {
            referentielId = ReferentielIds.id(referentielId);
            if (bloc != null && (bloc < 1 || bloc > 9)) {
                throw new InvalidInputException("bloc", "bloc " + bloc + " is malformed (expected a bloc number, e.g. 2)");
            }
            activity = ReferentielIds.code(activity, ReferentielIds.TWO_LEVEL_CODE, "activity", "2.2");
            crcn = ReferentielIds.code(crcn, ReferentielIds.TWO_LEVEL_CODE, "crcn", "3.1");
            q = q == null || q.isBlank() ? null : q.strip();
            if (q != null && q.length() > MAX_QUERY_LENGTH) {
                throw new InvalidInputException("q", "q is longer than " + MAX_QUERY_LENGTH + " characters");
            }
        }

        public static Query all(String referentielId) {
            return new Query(referentielId, null, null, null, null);
        }

        /** The words of {@code q}, folded (no accent, lower case); empty without {@code q}. */
        public List<String> foldedWords() {
            String folded = TextFolding.fold(q);
            return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
        }

        /**
         * The filters in one canonical string ({@code q} folded), equal for two queries that always select the same
         * competencies of a version: what a cache key or an entity tag of the result may be derived from.
         */
        public String canonical() {
            return "bloc=" + (bloc == null ? "" : bloc) + "&activity=" + (activity == null ? "" : activity)
                    + "&crcn=" + (crcn == null ? "" : crcn) + "&q=" + String.join(" ", foldedWords());
        }
    }

    /** The competencies found, in référentiel order, and the checksum of the version searched. */
    record Result(String referentielId, String checksum, Query query, List<Competency> competencies) {
        public Result {
            competencies = List.copyOf(competencies);
        }
    }
}
