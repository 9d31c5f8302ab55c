package fr.agora.adapter.in.rest.evaluation;

import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.out.evaluation.LoadFrameworkPort;
import fr.agora.domain.evaluation.CompetencyFramework;
import fr.agora.domain.evaluation.StaticCompetencyFramework;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.Criterion;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Situation;
import fr.agora.domain.referentiel.UnknownReferentielException;
import fr.agora.domain.referentiel.Variation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LoadFrameworkPort} over the published référentiel catalogue ({@link FindReferentielUseCase}): the
 * competencies of a version with their bloc, their criteria, and the complexity factors and aléas of the situations
 * that name them; the AGOrA exam units (U31 ← bloc 1 CCF, U2 ← bloc 2, U32 ← bloc 3 CCF). A published version never
 * changes, so each is built once.
 */
public class ReferentielFrameworkAdapter implements LoadFrameworkPort {

    private final FindReferentielUseCase referentiels;
    private final Map<String, CompetencyFramework> cache = new ConcurrentHashMap<>();

    public ReferentielFrameworkAdapter(FindReferentielUseCase referentiels) {
        this.referentiels = referentiels;
    }

    @Override
    public Optional<CompetencyFramework> loadFramework(String referentielId, String version) {
        String key = referentielId + "\u0000" + version;
        CompetencyFramework cached = cache.get(key);
        if (cached != null) return Optional.of(cached);
        Referentiel r;
        try {
            r = referentiels.referentiel(referentielId);
        } catch (UnknownReferentielException e) {
            return Optional.empty();
        }
        if (!r.version().equals(version)) return Optional.empty();
        CompetencyFramework f = build(r);
        cache.put(key, f);
        return Optional.of(f);
    }

    static CompetencyFramework build(Referentiel r) {
        Map<String, Set<String>> factors = new HashMap<>();
        Map<String, Set<String>> aleas = new HashMap<>();
        for (Situation s : r.situations()) {
            for (String code : s.competencyCodes()) {
                s.complexityFactors().stream().map(Variation::id).forEach(id -> factors.computeIfAbsent(code, k -> new TreeSet<>()).add(id));
                s.aleas().stream().map(Variation::id).forEach(id -> aleas.computeIfAbsent(code, k -> new TreeSet<>()).add(id));
            }
        }
        StaticCompetencyFramework.Builder b = StaticCompetencyFramework.builder(r.id(), r.version());
        for (Competency c : r.competencies()) {
            Set<String> criteria = new TreeSet<>();
            for (Criterion k : c.criteria()) criteria.add(k.id());
            b.competency(c.code(), c.blocNumber(), criteria, factors.getOrDefault(c.code(), Set.of()), aleas.getOrDefault(c.code(), Set.of()));
        }
        return b.agoraUnits().build();
    }
}
