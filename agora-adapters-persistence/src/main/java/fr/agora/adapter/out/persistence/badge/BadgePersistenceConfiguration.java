package fr.agora.adapter.out.persistence.badge;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The badge stores as beans; the REST adapter receives them by out-port type. The schools' private keys are encrypted
 * with the configured key-encryption key ({@link BadgeKeyEncryptionSettings}); keys stored in clear or under a
 * previous KEK are re-encrypted once the application is up (Flyway has run by then).
 */
@Configuration(proxyBeanMethods = false)
public class BadgePersistenceConfiguration {

    @Bean
    JdbcBadgeStore jdbcBadgeStore(JdbcTemplate jdbc) {
        return new JdbcBadgeStore(jdbc);
    }

    @Bean
    BadgeKeyEncryption badgeKeyEncryption(ConfigurableEnvironment env) {
        return BadgeKeyEncryptionSettings.from(env);
    }

    @Bean
    JdbcSchoolKeyStore jdbcSchoolKeyStore(JdbcTemplate jdbc, BadgeKeyEncryption encryption) {
        return new JdbcSchoolKeyStore(jdbc, encryption);
    }

    @Bean
    ApplicationRunner badgeSigningKeysReencryption(JdbcSchoolKeyStore keys) {
        return args -> keys.reencryptStaleKeys();
    }
}
