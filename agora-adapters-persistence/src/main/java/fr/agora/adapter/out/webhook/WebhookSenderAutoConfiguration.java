package fr.agora.adapter.out.webhook;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Plugs the outbound HTTP sender of webhooks in, like the persistence adapter: the REST adapter receives it by its
 * out-port. {@code agora.webhooks.allow-insecure-targets=true} (tests only) admits {@code http} and local addresses.
 */
@AutoConfiguration
public class WebhookSenderAutoConfiguration {

    @Bean
    HttpWebhookSender httpWebhookSender(@Value("${agora.webhooks.allow-insecure-targets:false}") boolean allowInsecureTargets,
                                        @Value("${agora.webhooks.timeout:PT10S}") Duration timeout) {
        return new HttpWebhookSender(allowInsecureTargets, timeout);
    }
}
