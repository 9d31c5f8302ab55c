package fr.agora.adapter.out.persistence.pfmp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The PFMP attendance store as a bean; the REST adapter receives it by out-port type. */
@Configuration(proxyBeanMethods = false)
public class PfmpPersistenceConfiguration {

    @Bean
    JdbcPfmpAttendanceStore jdbcPfmpAttendanceStore(JdbcTemplate jdbc) {
        return new JdbcPfmpAttendanceStore(jdbc);
    }
}
