package fr.agora.adapter.in.rest.casev1p1;

import fr.agora.application.port.in.casev1p1.ExportCaseUseCase;
import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.service.casev1p1.ExportCaseService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the CASE export (plain Java) to the published référentiel versions. */
@Configuration(proxyBeanMethods = false)
public class CaseConfiguration {

    @Bean
    ExportCaseUseCase exportCaseUseCase(FindReferentielUseCase referentiels) {
        return new ExportCaseService(referentiels);
    }
}
