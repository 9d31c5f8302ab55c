package fr.agora.adapter.in.rest.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the schools' time zone: "today" (the current PFMP period, the date of an
 * evaluation, the year of the RGPD purge) is a date in France, not in UTC — at 00:30 in Paris it is still yesterday in
 * UTC. Every service that needs the time gets this bean.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");

    @Bean
    Clock schoolClock() {
        return Clock.system(SCHOOL_ZONE);
    }
}
