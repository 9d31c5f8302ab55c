package fr.agora.adapter.out.persistence.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The assessment stores (schools' policies, scales, evaluations, the référentiel frameworks) as beans. The REST adapter receives them by out-port type and never names these classes. */
@Configuration(proxyBeanMethods = false)
public class AssessmentPersistenceConfiguration {

    @Bean
    JdbcEstablishmentStore jdbcEstablishmentStore(JdbcTemplate jdbc) {
        return new JdbcEstablishmentStore(jdbc);
    }

    @Bean
    JdbcScaleStore jdbcScaleStore(JdbcTemplate jdbc) {
        return new JdbcScaleStore(jdbc);
    }

    @Bean
    JdbcEvaluationStore jdbcEvaluationStore(JdbcTemplate jdbc) {
        return new JdbcEvaluationStore(jdbc);
    }

    @Bean
    JdbcFrameworkStore jdbcFrameworkStore(JdbcTemplate jdbc) {
        return new JdbcFrameworkStore(jdbc);
    }
}
