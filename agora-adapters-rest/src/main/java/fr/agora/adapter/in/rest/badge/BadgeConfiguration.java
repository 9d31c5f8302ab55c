package fr.agora.adapter.in.rest.badge;

import fr.agora.application.port.in.badge.GetBadgeIssuerUseCase;
import fr.agora.application.port.in.badge.GetBadgeUseCase;
import fr.agora.application.port.in.badge.IssueBadgeUseCase;
import fr.agora.application.port.in.badge.RevokeBadgeUseCase;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.badge.BadgeStorePort;
import fr.agora.application.port.out.badge.SchoolKeyPort;
import fr.agora.application.port.out.badge.SignCredentialPort;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.application.service.badge.GetBadgeIssuerService;
import fr.agora.application.service.badge.GetBadgeService;
import fr.agora.application.service.badge.IssueBadgeService;
import fr.agora.application.service.badge.RevokeBadgeService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Open Badges use cases. The VC-JWT signer (Nimbus) is the out-adapter {@code adapter.out.badge}, received
 * as its port ({@code BadgeSignerAutoConfiguration}); the stores come from the persistence adapter.
 */
@Configuration(proxyBeanMethods = false)
public class BadgeConfiguration {

    @Bean
    IssueBadgeUseCase issueBadgeUseCase(StudentRecords.Ports records, LoadEstablishmentPort establishments, BadgeStorePort store,
                                        SchoolKeyPort keys, SignCredentialPort signer, Clock clock) {
        return new IssueBadgeService(records, establishments, store, keys, signer, clock);
    }

    @Bean
    RevokeBadgeUseCase revokeBadgeUseCase(BadgeStorePort store, Clock clock) {
        return new RevokeBadgeService(store, clock);
    }

    @Bean
    GetBadgeUseCase getBadgeUseCase(BadgeStorePort store) {
        return new GetBadgeService(store);
    }

    @Bean
    GetBadgeIssuerUseCase getBadgeIssuerUseCase(LoadEstablishmentPort establishments, SchoolKeyPort keys, BadgeStorePort store,
                                                SignCredentialPort signer, Clock clock) {
        return new GetBadgeIssuerService(establishments, keys, store, signer, clock);
    }
}
