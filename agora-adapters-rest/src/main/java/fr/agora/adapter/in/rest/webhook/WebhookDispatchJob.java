package fr.agora.adapter.in.rest.webhook;

import fr.agora.application.port.in.webhook.AnnounceEndedPeriodsUseCase;
import fr.agora.application.port.in.webhook.DispatchWebhooksUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The schedulers of webhooks: the dispatcher every {@code agora.webhooks.dispatch-interval-ms} (default 200 ms, so a
 * delivery leaves within a fraction of a second of its commit), the ended-period announcer every 10 minutes. On by
 * default; {@code agora.webhooks.dispatcher.enabled=false} turns both off (the API tests drive them by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "agora.webhooks.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
public class WebhookDispatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatchJob.class);

    private final DispatchWebhooksUseCase dispatch;
    private final AnnounceEndedPeriodsUseCase announce;

    public WebhookDispatchJob(DispatchWebhooksUseCase dispatch, AnnounceEndedPeriodsUseCase announce) {
        this.dispatch = dispatch;
        this.announce = announce;
    }

    @Scheduled(fixedDelayString = "${agora.webhooks.dispatch-interval-ms:200}")
    public void dispatch() {
        try {
            dispatch.dispatchDue();
        } catch (RuntimeException e) {
            LOG.warn("webhook dispatch run failed; the next run retries: {}", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${agora.webhooks.announce-interval-ms:600000}", initialDelayString = "${agora.webhooks.announce-initial-delay-ms:30000}")
    public void announceEndedPeriods() {
        try {
            int n = announce.announceEndedPeriods();
            if (n > 0) LOG.info("webhooks: {} ended PFMP period(s) announced", n);
        } catch (RuntimeException e) {
            LOG.warn("ended-period announcement failed; the next run retries: {}", e.toString());
        }
    }
}
