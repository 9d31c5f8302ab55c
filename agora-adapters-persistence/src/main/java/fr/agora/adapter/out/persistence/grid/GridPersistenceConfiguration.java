package fr.agora.adapter.out.persistence.grid;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The grid's store (the seed-003 layout of each published référentiel version) as a bean, found by out-port type. */
@Configuration(proxyBeanMethods = false)
public class GridPersistenceConfiguration {

    @Bean
    JdbcGridLayoutStore jdbcGridLayoutStore(JdbcTemplate jdbc) {
        return new JdbcGridLayoutStore(jdbc);
    }
}
