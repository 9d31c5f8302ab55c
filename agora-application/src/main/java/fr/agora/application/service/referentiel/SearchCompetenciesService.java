package fr.agora.application.service.referentiel;

import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.SearchCompetenciesUseCase;
import fr.agora.domain.referentiel.Activity;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.Criterion;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Savoir;
import fr.agora.domain.referentiel.SourcedText;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Filters the competencies of a version. The searchable text of every competency is folded once per version (keyed
 * by checksum, so a version is indexed once for the life of the process) and a search is a scan of 37 precomputed
 * strings: no folding of the data per request, only of the query.
 */
public final class SearchCompetenciesService implements SearchCompetenciesUseCase {

    private final FindReferentielUseCase find;
    private final Map<String, Index> indexes = new ConcurrentHashMap<>();

    public SearchCompetenciesService(FindReferentielUseCase find) {
        this.find = find;
    }

    @Override
    public Result search(Query query) {
        Referentiel r = find.referentiel(query.referentielId());
        checkFiltersExist(r, query);
        Index index = indexes.computeIfAbsent(r.checksum(), k -> Index.of(r));
        List<String> words = query.foldedWords();
        List<Competency> found = new ArrayList<>();
        for (Entry e : index.entries()) {
            if (matches(e, query, words)) {
                found.add(e.competency());
            }
        }
        return new Result(r.id(), r.checksum(), query, found);
    }

    /** How many versions have been indexed (each once, whatever the number of searches). */
    int indexedVersions() {
        return indexes.size();
    }

    private static boolean matches(Entry e, Query query, List<String> words) {
        Competency c = e.competency();
        if (query.bloc() != null && c.blocNumber() != query.bloc()) {
            return false;
        }
        if (query.activity() != null && !c.activityCode().equals(query.activity())) {
            return false;
        }
        if (query.crcn() != null && !e.crcnCodes().contains(query.crcn())) {
            return false;
        }
        for (String w : words) {
            if (!e.foldedText().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A filter naming nothing in this version is a client error, not an empty result. */
    private static void checkFiltersExist(Referentiel r, Query q) {
        if (q.bloc() != null && r.blocs().stream().noneMatch(b -> b.number() == q.bloc())) {
            throw new InvalidInputException("bloc", "bloc " + q.bloc() + " is not a bloc of " + r.id()
                    + " (blocs: " + r.blocs().stream().map(b -> String.valueOf(b.number())).toList() + ")");
        }
        if (q.activity() != null && r.activities().stream().noneMatch(a -> a.code().equals(q.activity()))) {
            throw new InvalidInputException("activity", "activity " + q.activity() + " is not an activity of " + r.id());
        }
        if (q.crcn() != null && r.crcnCompetencies().stream().noneMatch(c -> c.code().equals(q.crcn()))) {
            throw new InvalidInputException("crcn", "crcn " + q.crcn() + " is not a CRCN competency code of " + r.id());
        }
    }

    /** Everything a query reads about one competency, computed once. */
    record Entry(Competency competency, Set<String> crcnCodes, String foldedText) {
    }

    record Index(List<Entry> entries) {

        static Index of(Referentiel r) {
            List<Entry> entries = new ArrayList<>();
            for (Activity a : r.activities()) {
                Set<String> crcn = Set.copyOf(a.crcnCodes());
                for (Competency c : a.competencies()) {
                    entries.add(new Entry(c, crcn, TextFolding.fold(searchableText(c))));
                }
            }
            return new Index(List.copyOf(entries));
        }

        /** Label, criteria of every source, savoirs (label and indications) and exemples, one per line. */
        static String searchableText(Competency c) {
            StringBuilder sb = new StringBuilder(c.code()).append('\n').append(c.label());
            for (Criterion k : c.criteria()) {
                sb.append('\n').append(k.text());
            }
            for (Savoir s : c.savoirs()) {
                sb.append('\n').append(s.label()).append('\n').append(s.indicationsComplementaires());
            }
            for (SourcedText x : c.exemplesConcrets()) {
                sb.append('\n').append(x.text());
            }
            return sb.toString();
        }
    }
}
