package fr.agora.adapter.out.persistence.establishment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registry of schools as a bean; the REST adapter receives it by out-port type. */
@Configuration(proxyBeanMethods = false)
public class EstablishmentPersistenceConfiguration {

    @Bean
    JdbcEstablishmentRegistry jdbcEstablishmentRegistry(JdbcTemplate jdbc) {
        return new JdbcEstablishmentRegistry(jdbc);
    }
}
