package fr.agora.adapter.out.persistence.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The transaction adapter and the audit store, shared by every feature, as beans. The REST adapter receives them by out-port type and never names these classes. */
@Configuration(proxyBeanMethods = false)
public class SharedPersistenceConfiguration {

    @Bean
    JdbcTransactionAdapter jdbcTransactionAdapter(PlatformTransactionManager transactionManager) {
        return new JdbcTransactionAdapter(transactionManager);
    }

    @Bean
    JdbcAuditStore jdbcAuditStore(JdbcTemplate jdbc) {
        return new JdbcAuditStore(jdbc);
    }
}
