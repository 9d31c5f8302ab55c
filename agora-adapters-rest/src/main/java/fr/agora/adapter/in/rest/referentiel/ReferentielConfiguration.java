package fr.agora.adapter.in.rest.referentiel;

import fr.agora.application.port.out.referentiel.LoadReferentielPort;
import fr.agora.application.port.out.referentiel.SaveReferentielPort;
import fr.agora.application.service.referentiel.ReferentielCatalogService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the référentiel use cases (plain Java) to the persistence adapter's out-ports. */
@Configuration(proxyBeanMethods = false)
public class ReferentielConfiguration {

    /** One object serves both in-ports: the catalogue it publishes is the one it reads and caches. */
    @Bean
    ReferentielCatalogService referentielCatalogService(LoadReferentielPort load, SaveReferentielPort save) {
        return new ReferentielCatalogService(load, save);
    }
}
