package fr.agora.adapter.in.rest.school;

import fr.agora.application.port.in.school.StudentPrivacyUseCase;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * RGPD retention: once a day, erases the students of every cohort whose exam session ended more than N years ago
 * ({@code agora.rgpd.retention-years}), each school getting an audit record without personal data. Opt-in: nothing is
 * ever purged unless N is configured; the time of day is {@code agora.rgpd.purge-cron} (default 03:30).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "agora.rgpd.retention-years")
public class RgpdPurgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(RgpdPurgeJob.class);

    private final StudentPrivacyUseCase privacy;
    private final int years;
    private final Clock clock;

    /** {@code clock}: the school clock (Europe/Paris), so the year of "today" is the school's. */
    public RgpdPurgeJob(StudentPrivacyUseCase privacy, @Value("${agora.rgpd.retention-years}") int years, Clock clock) {
        this.privacy = privacy;
        this.years = years;
        this.clock = clock;
    }

    @Scheduled(cron = "${agora.rgpd.purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
    public int purge() {
        int n = privacy.purgeEndedSessions(LocalDate.now(clock).getYear(), years);
        LOG.info("RGPD purge: {} student(s) of exam sessions ended more than {} years ago erased", n, years);
        return n;
    }
}
