package fr.agora.application.service.referentiel;

import fr.agora.application.port.in.referentiel.CompetencyDetail;
import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.GetCompetencyUseCase;
import fr.agora.domain.referentiel.Activity;
import fr.agora.domain.referentiel.Bloc;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.CrcnCompetency;
import fr.agora.domain.referentiel.Discrepancy;
import fr.agora.domain.referentiel.ExamUnit;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Situation;
import fr.agora.domain.referentiel.UnknownCompetencyException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assembles a competency with what is attached to it. Versions are immutable, so the details of a version are built
 * once (keyed by checksum) and a request is two map look-ups.
 */
public final class GetCompetencyService implements GetCompetencyUseCase {

    private final FindReferentielUseCase find;
    private final Map<String, Map<String, CompetencyDetail>> details = new ConcurrentHashMap<>();

    public GetCompetencyService(FindReferentielUseCase find) {
        this.find = find;
    }

    @Override
    public CompetencyDetail get(Query query) {
        Referentiel r = find.referentiel(query.referentielId());
        CompetencyDetail d = details.computeIfAbsent(r.checksum(), k -> build(r)).get(query.code());
        if (d == null) {
            throw new UnknownCompetencyException(query.code());
        }
        return d;
    }

    private static Map<String, CompetencyDetail> build(Referentiel r) {
        Map<String, CompetencyDetail> byCode = new LinkedHashMap<>();
        for (Bloc b : r.blocs()) {
            List<ExamUnit> units = r.examUnits().stream().filter(u -> u.certifiedBloc() == b.number()).toList();
            for (Activity a : b.activities()) {
                List<CrcnCompetency> crcn = r.crcnCompetencies().stream()
                        .filter(c -> a.crcnCodes().contains(c.code())).toList();
                for (Competency c : a.competencies()) {
                    List<Situation> situations = r.situations().stream()
                            .filter(s -> c.situationCodes().contains(s.code())
                                    || s.competencyCodes().contains(c.code()))
                            .toList();
                    Set<String> subjects = new HashSet<>();
                    subjects.add(c.code());
                    subjects.add(a.code());
                    situations.forEach(s -> subjects.add(s.code()));
                    List<Discrepancy> discrepancies = r.discrepancies().stream()
                            .filter(x -> subjects.contains(x.subject())).toList();
                    byCode.put(c.code(), new CompetencyDetail(r.id(), r.checksum(), c, b, a, situations, crcn, units,
                            discrepancies));
                }
            }
        }
        return Map.copyOf(byCode);
    }
}
