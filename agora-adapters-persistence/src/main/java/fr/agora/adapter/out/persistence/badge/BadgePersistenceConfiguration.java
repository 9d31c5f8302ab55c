package fr.agora.adapter.out.persistence.badge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The badge stores as beans; the REST adapter receives them by out-port type. */
@Configuration(proxyBeanMethods = false)
public class BadgePersistenceConfiguration {

    @Bean
    JdbcBadgeStore jdbcBadgeStore(JdbcTemplate jdbc) {
        return new JdbcBadgeStore(jdbc);
    }

    @Bean
    JdbcSchoolKeyStore jdbcSchoolKeyStore(JdbcTemplate jdbc) {
        return new JdbcSchoolKeyStore(jdbc);
    }
}
