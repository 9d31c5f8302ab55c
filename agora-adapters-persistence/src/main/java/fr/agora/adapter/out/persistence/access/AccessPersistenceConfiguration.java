package fr.agora.adapter.out.persistence.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API-key store and the access-token signer as beans. The REST adapter receives them by out-port type and never
 * names these classes. Access-token keys, shared by every instance so that a token survives restarts:
 * <pre>
 * agora.access-tokens.signing-key-id: 2026-12            # the kid that signs new tokens
 * agora.access-tokens.keys.2026-12: &lt;base64, at least 32 bytes&gt;
 * agora.access-tokens.keys.2026-06: &lt;base64&gt;   # rotation: the previous key stays listed for one token lifetime
 * </pre>
 * Without keys, a random key of this process is used (logged): tokens then die with the process.
 */
@Configuration(proxyBeanMethods = false)
public class AccessPersistenceConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AccessPersistenceConfiguration.class);

    @Bean
    JdbcApiKeyStore jdbcApiKeyStore(JdbcTemplate jdbc) {
        return new JdbcApiKeyStore(jdbc);
    }

    @Bean
    JwtAccessTokens jwtAccessTokens(Environment env) {
        Map<String, String> configured = Binder.get(env)
                .bind("agora.access-tokens.keys", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        String signing = env.getProperty("agora.access-tokens.signing-key-id", "");
        Map<String, byte[]> keys = new LinkedHashMap<>();
        configured.forEach((kid, secret) -> keys.put(kid, Base64.getDecoder().decode(secret.trim())));
        if (keys.isEmpty()) {
            LOG.warn("No agora.access-tokens.keys configured: access tokens are signed with a random key of this process "
                    + "and stop working at its restart or on another instance.");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new JwtAccessTokens("process", Map.of("process", random));
        }
        return new JwtAccessTokens(signing.isBlank() && keys.size() == 1 ? keys.keySet().iterator().next() : signing, keys);
    }
}
