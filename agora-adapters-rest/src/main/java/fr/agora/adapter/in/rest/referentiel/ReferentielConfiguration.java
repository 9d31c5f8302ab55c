package fr.agora.adapter.in.rest.referentiel;

import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.GetCompetencyUseCase;
import fr.agora.application.port.in.referentiel.ListExamUnitsUseCase;
import fr.agora.application.port.in.referentiel.ListReferentielsUseCase;
import fr.agora.application.port.in.referentiel.SearchCompetenciesUseCase;
import fr.agora.application.port.out.referentiel.LoadReferentielPort;
import fr.agora.application.port.out.referentiel.SaveReferentielPort;
import fr.agora.application.service.referentiel.GetCompetencyService;
import fr.agora.application.service.referentiel.ListExamUnitsService;
import fr.agora.application.service.referentiel.ListReferentielsService;
import fr.agora.application.service.referentiel.ReferentielCatalogService;
import fr.agora.application.service.referentiel.SearchCompetenciesService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the référentiel use cases (plain Java): the catalogue on the persistence adapter's out-ports, and the read
 * use cases of the REST API on the catalogue's in-port.
 */
@Configuration(proxyBeanMethods = false)
public class ReferentielConfiguration {

    /** One object serves both in-ports: the catalogue it publishes is the one it reads and caches. */
    @Bean
    ReferentielCatalogService referentielCatalogService(LoadReferentielPort load, SaveReferentielPort save) {
        return new ReferentielCatalogService(load, save);
    }

    @Bean
    ListReferentielsUseCase listReferentielsUseCase(FindReferentielUseCase find) {
        return new ListReferentielsService(find);
    }

    /** Holds the folded search index of each version it has searched. */
    @Bean
    SearchCompetenciesUseCase searchCompetenciesUseCase(FindReferentielUseCase find) {
        return new SearchCompetenciesService(find);
    }

    /** Holds the assembled competency details of each version it has served. */
    @Bean
    GetCompetencyUseCase getCompetencyUseCase(FindReferentielUseCase find) {
        return new GetCompetencyService(find);
    }

    @Bean
    ListExamUnitsUseCase listExamUnitsUseCase(FindReferentielUseCase find) {
        return new ListExamUnitsService(find);
    }
}
