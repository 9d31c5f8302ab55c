package fr.agora.adapter.in.rest.access;

import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.out.access.AccessTokenPort;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.SaveEstablishmentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.access.AuthenticateApiKeyService;
import fr.agora.application.service.access.IssueApiKeyService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the API-key use cases (authenticate and exchange; issue, revoke, bootstrap) to the API-key store and to the
 * access-token signer (signed JWTs with configured keys: see {@code agora.access-tokens.*} in the README).
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);

    @Bean
    AuthenticateApiKeyUseCase authenticateApiKeyUseCase(ApiKeyPort keys, Clock clock, AccessTokenPort accessTokens) {
        return new AuthenticateApiKeyService(keys, clock, accessTokens, ACCESS_TOKEN_LIFETIME);
    }

    @Bean
    IssueApiKeyUseCase issueApiKeyUseCase(ApiKeyPort keys, LoadEstablishmentPort loadEstablishment,
                                          SaveEstablishmentPort saveEstablishment, TransactionPort tx, Clock clock) {
        return new IssueApiKeyService(keys, loadEstablishment, saveEstablishment, tx, clock);
    }
}
