package fr.agora.adapter.out.badge;

import fr.agora.application.port.out.badge.SignCredentialPort;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Plugs the VC-JWT signer in as the {@link SignCredentialPort} bean, the way the persistence adapter plugs its stores
 * in: the REST wiring receives the port by type and never names this adapter (adapters stay apart).
 */
@AutoConfiguration
public class BadgeSignerAutoConfiguration {

    @Bean
    SignCredentialPort signCredentialPort() {
        return new NimbusCredentialSigner();
    }
}
