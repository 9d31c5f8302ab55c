package fr.agora.adapter.out.persistence.tutor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tutor-link store as a bean; the REST adapter receives it by out-port type. */
@Configuration(proxyBeanMethods = false)
public class TutorPersistenceConfiguration {

    @Bean
    JdbcTutorLinkStore jdbcTutorLinkStore(JdbcTemplate jdbc) {
        return new JdbcTutorLinkStore(jdbc);
    }
}
