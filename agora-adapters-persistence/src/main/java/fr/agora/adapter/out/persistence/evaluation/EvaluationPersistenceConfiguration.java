package fr.agora.adapter.out.persistence.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Exposes the evaluation out-port implementations as beans (found by {@code PersistenceAutoConfiguration}'s scan):
 * one {@link JdbcEvaluationStore} for every evaluation port, the transaction adapter and the API-key store. The REST
 * adapter receives them by out-port type and never names these classes.
 */
@Configuration(proxyBeanMethods = false)
public class EvaluationPersistenceConfiguration {

    @Bean
    JdbcEvaluationStore jdbcEvaluationStore(JdbcTemplate jdbc) {
        return new JdbcEvaluationStore(jdbc);
    }

    @Bean
    JdbcTransactionAdapter evaluationTransactionAdapter(PlatformTransactionManager transactionManager) {
        return new JdbcTransactionAdapter(transactionManager);
    }

    @Bean
    JdbcApiKeyStore jdbcApiKeyStore(JdbcTemplate jdbc) {
        return new JdbcApiKeyStore(jdbc);
    }
}
