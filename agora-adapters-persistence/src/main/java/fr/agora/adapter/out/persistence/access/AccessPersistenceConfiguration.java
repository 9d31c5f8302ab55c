package fr.agora.adapter.out.persistence.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The API-key store as a bean. The REST adapter receives them by out-port type and never names these classes. */
@Configuration(proxyBeanMethods = false)
public class AccessPersistenceConfiguration {

    @Bean
    JdbcApiKeyStore jdbcApiKeyStore(JdbcTemplate jdbc) {
        return new JdbcApiKeyStore(jdbc);
    }
}
