package fr.agora.adapter.out.persistence.webhook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The webhook stores (endpoints, outbox, ended periods) as beans; the REST adapter receives them by out-port type. */
@Configuration(proxyBeanMethods = false)
public class WebhookPersistenceConfiguration {

    @Bean
    JdbcWebhookEndpointStore jdbcWebhookEndpointStore(JdbcTemplate jdbc) {
        return new JdbcWebhookEndpointStore(jdbc);
    }

    @Bean
    JdbcWebhookOutbox jdbcWebhookOutbox(JdbcTemplate jdbc) {
        return new JdbcWebhookOutbox(jdbc);
    }

    @Bean
    JdbcEndedPeriods jdbcEndedPeriods(JdbcTemplate jdbc) {
        return new JdbcEndedPeriods(jdbc);
    }
}
