package fr.agora.adapter.in.rest.establishment;

import fr.agora.application.port.in.establishment.ChangeEstablishmentStatusUseCase;
import fr.agora.application.port.in.establishment.CreateEstablishmentUseCase;
import fr.agora.application.port.in.establishment.GetEstablishmentUseCase;
import fr.agora.application.port.in.establishment.ListEstablishmentsUseCase;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.establishment.LoadRegisteredEstablishmentsPort;
import fr.agora.application.port.out.establishment.SaveRegisteredEstablishmentPort;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.establishment.ChangeEstablishmentStatusService;
import fr.agora.application.service.establishment.CreateEstablishmentService;
import fr.agora.application.service.establishment.GetEstablishmentService;
import fr.agora.application.service.establishment.ListEstablishmentsService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the platform operator's establishment use cases to the registry of schools and the API-key store. */
@Configuration(proxyBeanMethods = false)
public class EstablishmentConfiguration {

    @Bean
    CreateEstablishmentUseCase createEstablishmentUseCase(LoadRegisteredEstablishmentsPort load, SaveRegisteredEstablishmentPort save,
                                                          ApiKeyPort keys, AuditPort audit, TransactionPort tx, Clock clock) {
        return new CreateEstablishmentService(load, save, keys, audit, tx, clock);
    }

    @Bean
    ListEstablishmentsUseCase listEstablishmentsUseCase(LoadRegisteredEstablishmentsPort load) {
        return new ListEstablishmentsService(load);
    }

    @Bean
    GetEstablishmentUseCase getEstablishmentUseCase(LoadRegisteredEstablishmentsPort load) {
        return new GetEstablishmentService(load);
    }

    @Bean
    ChangeEstablishmentStatusUseCase changeEstablishmentStatusUseCase(LoadRegisteredEstablishmentsPort load, SaveRegisteredEstablishmentPort save,
                                                                      AuditPort audit, TransactionPort tx, Clock clock) {
        return new ChangeEstablishmentStatusService(load, save, audit, tx, clock);
    }
}
