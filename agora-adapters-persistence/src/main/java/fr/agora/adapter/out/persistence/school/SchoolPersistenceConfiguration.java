package fr.agora.adapter.out.persistence.school;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The school-register stores (cohorts, students, placements, row versions) as beans. The REST adapter receives them by out-port type and never names these classes. */
@Configuration(proxyBeanMethods = false)
public class SchoolPersistenceConfiguration {

    @Bean
    JdbcCohortStore jdbcCohortStore(JdbcTemplate jdbc) {
        return new JdbcCohortStore(jdbc);
    }

    @Bean
    JdbcStudentStore jdbcStudentStore(JdbcTemplate jdbc) {
        return new JdbcStudentStore(jdbc);
    }

    @Bean
    JdbcPlacementStore jdbcPlacementStore(JdbcTemplate jdbc) {
        return new JdbcPlacementStore(jdbc);
    }

    @Bean
    JdbcRowVersions jdbcRowVersions(JdbcTemplate jdbc) {
        return new JdbcRowVersions(jdbc);
    }
}
