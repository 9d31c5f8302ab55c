package fr.agora.adapter.in.rest.referentiel;

import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.ActivityRefDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.BlocRefDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.CompetencyDetailResponse;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.CompetencyDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.CriterionDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.ExamUnitDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.EpreuveDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.ReferentielDto;
import fr.agora.adapter.in.rest.referentiel.ReferentielDtos.VersionDto;
import fr.agora.application.port.in.referentiel.CompetencyDetail;
import fr.agora.application.port.in.referentiel.ReferentielSummary;
import fr.agora.domain.referentiel.Activity;
import fr.agora.domain.referentiel.Bloc;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.Criterion;
import fr.agora.domain.referentiel.Epreuve;
import fr.agora.domain.referentiel.CriterionSource;
import fr.agora.domain.referentiel.ExamUnit;
import fr.agora.domain.referentiel.Referentiel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain → response bodies (generated; a target field without a source fails the build). */
@Mapper
public interface ReferentielRestMapper {

    VersionDto toDto(ReferentielSummary s);

    ReferentielDto toDto(Referentiel r);

    CompetencyDto toDto(Competency c);

    @Mapping(target = "certifiedBloc", expression = "java(u.certifiedBloc() == 0 ? null : u.certifiedBloc())")
    ExamUnitDto toDto(ExamUnit u);

    BlocRefDto toRef(Bloc b);

    ActivityRefDto toRef(Activity a);

    @Mapping(target = "code", source = "competency.code")
    @Mapping(target = "label", source = "competency.label")
    @Mapping(target = "criteria", source = "competency.criteria")
    @Mapping(target = "savoirs", source = "competency.savoirs")
    @Mapping(target = "exemplesConcrets", source = "competency.exemplesConcrets")
    @Mapping(target = "pgiModules", source = "competency.pgiModules")
    @Mapping(target = "source", source = "competency.source")
    CompetencyDetailResponse toResponse(CompetencyDetail d);

    EpreuveDto toDto(Epreuve e);

    CriterionDto toDto(Criterion c);

    /** Both origins always present, matrice first, so that "no PFMP criterion" reads as an empty list. */
    default Map<String, List<CriterionDto>> criteriaByOrigin(List<Criterion> criteria) {
        Map<String, List<CriterionDto>> byOrigin = new LinkedHashMap<>();
        for (CriterionSource origin : CriterionSource.values()) {
            List<CriterionDto> list = new ArrayList<>();
            for (Criterion c : criteria) {
                if (c.origin() == origin) {
                    list.add(toDto(c));
                }
            }
            byOrigin.put(origin.name(), list);
        }
        return byOrigin;
    }
}
