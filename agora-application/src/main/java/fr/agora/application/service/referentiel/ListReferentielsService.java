package fr.agora.application.service.referentiel;

import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.ListReferentielsUseCase;
import fr.agora.application.port.in.referentiel.ReferentielSummary;
import fr.agora.domain.referentiel.Referentiel;
import java.util.List;

/** Lists the published versions; the diploma's identity comes from the (cached) parsed version. */
public final class ListReferentielsService implements ListReferentielsUseCase {

    private final FindReferentielUseCase find;

    public ListReferentielsService(FindReferentielUseCase find) {
        this.find = find;
    }

    @Override
    public List<ReferentielSummary> list() {
        return find.versions().stream().map(v -> {
            Referentiel r = find.referentiel(v.id());
            return new ReferentielSummary(v.id(), v.version(), r.diplomaTitle(), r.cfd(), r.arreteDate(), v.checksum(),
                    v.publishedAt(), r.blocs().size(), r.activities().size(), r.competencies().size(),
                    r.examUnits().size());
        }).toList();
    }
}
