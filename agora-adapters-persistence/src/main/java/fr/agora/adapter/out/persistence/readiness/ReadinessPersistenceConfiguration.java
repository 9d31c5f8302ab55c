package fr.agora.adapter.out.persistence.readiness;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The CCF grid store as a bean. The REST adapter receives them by out-port type and never names these classes. */
@Configuration(proxyBeanMethods = false)
public class ReadinessPersistenceConfiguration {

    @Bean
    JdbcReadinessGridStore jdbcReadinessGridStore(JdbcTemplate jdbc) {
        return new JdbcReadinessGridStore(jdbc);
    }
}
