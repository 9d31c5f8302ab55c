package fr.agora.adapter.in.rest.access;

import fr.agora.application.port.out.access.AccessTokenPort;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.SaveEstablishmentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.access.ApiKeyService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the API-key use cases (authenticate, issue, revoke, bootstrap) to the API-key store and to the access-token
 * signer (signed JWTs with configured keys: see {@code agora.access-tokens.*} in the README).
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);

    @Bean
    ApiKeyService apiKeyService(ApiKeyPort keys, LoadEstablishmentPort loadEstablishment, SaveEstablishmentPort saveEstablishment,
                                TransactionPort tx, Clock clock, AccessTokenPort accessTokens) {
        return new ApiKeyService(keys, loadEstablishment, saveEstablishment, tx, clock, accessTokens, ACCESS_TOKEN_LIFETIME);
    }
}
