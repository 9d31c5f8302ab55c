package fr.agora.adapter.in.rest.access;

import fr.agora.application.port.in.access.AuthenticateApiKeyUseCase;
import fr.agora.application.port.in.access.AuthenticateOperatorUseCase;
import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.access.ListApiKeysUseCase;
import fr.agora.application.port.out.access.AccessTokenPort;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.access.ListApiKeysPort;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.SaveEstablishmentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.service.access.AuthenticateApiKeyService;
import fr.agora.application.service.access.AuthenticateOperatorService;
import fr.agora.application.service.access.IssueApiKeyService;
import fr.agora.application.service.access.ListApiKeysService;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Wires the API-key use cases (authenticate and exchange; issue, revoke, bootstrap, list; the platform operator's
 * credential) to the API-key store and to the
 * access-token signer (signed JWTs with configured keys: see {@code agora.access-tokens.*} in the README).
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    static final String OPERATOR_KEY = "agora.platform.operator-key-sha256";
    private static final Logger LOG = LoggerFactory.getLogger(AccessConfiguration.class);

    @Bean
    AuthenticateApiKeyUseCase authenticateApiKeyUseCase(ApiKeyPort keys, Clock clock, AccessTokenPort accessTokens) {
        return new AuthenticateApiKeyService(keys, clock, accessTokens, ACCESS_TOKEN_LIFETIME);
    }

    /**
     * The platform operator: {@code agora.platform.operator-key-sha256} is the lowercase SHA-256 hex of its secret, read
     * from the environment ({@code AGORA_PLATFORM_OPERATOR_KEY_SHA256}), a configuration file or the file named by
     * {@code agora.platform.operator-key-sha256-file}; never from the command line. Unset: no operator (its endpoints
     * answer 401).
     */
    @Bean
    AuthenticateOperatorUseCase authenticateOperatorUseCase(ConfigurableEnvironment env) {
        String hash = ConfiguredSecrets.read(env, OPERATOR_KEY, "AGORA_PLATFORM_OPERATOR_KEY_SHA256");
        try {
            AuthenticateOperatorService operator = new AuthenticateOperatorService(hash);
            LOG.info(operator.configured() ? "Platform operator credential configured ({} set)"
                    : "No platform operator configured ({} unset): the establishment endpoints answer 401", OPERATOR_KEY);
            return operator;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Refusing " + OPERATOR_KEY + ": " + e.getMessage()
                    + "; compute it with: printf %s \"$SECRET\" | sha256sum | cut -d' ' -f1", e);
        }
    }

    @Bean
    ListApiKeysUseCase listApiKeysUseCase(ListApiKeysPort keys) {
        return new ListApiKeysService(keys);
    }

    @Bean
    IssueApiKeyUseCase issueApiKeyUseCase(ApiKeyPort keys, LoadEstablishmentPort loadEstablishment,
                                          SaveEstablishmentPort saveEstablishment, TransactionPort tx, Clock clock) {
        return new IssueApiKeyService(keys, loadEstablishment, saveEstablishment, tx, clock);
    }
}
