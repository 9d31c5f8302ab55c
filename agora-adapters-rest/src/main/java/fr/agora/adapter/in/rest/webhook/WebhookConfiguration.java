package fr.agora.adapter.in.rest.webhook;

import fr.agora.application.port.in.webhook.AnnounceEndedPeriodsUseCase;
import fr.agora.application.port.in.webhook.DispatchWebhooksUseCase;
import fr.agora.application.port.in.webhook.ManageWebhookEndpointsUseCase;
import fr.agora.application.port.in.webhook.WebhookDeliveryLogUseCase;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.assessment.LoadEvaluationsPort;
import fr.agora.application.port.out.assessment.LoadFrameworkPort;
import fr.agora.application.port.out.assessment.LoadScalePort;
import fr.agora.application.port.out.school.LoadCohortPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.TransactionPort;
import fr.agora.application.port.out.webhook.EndedPeriodsPort;
import fr.agora.application.port.out.webhook.LoadWebhookEndpointsPort;
import fr.agora.application.port.out.webhook.PublishWebhookEventPort;
import fr.agora.application.port.out.webhook.SaveWebhookEndpointPort;
import fr.agora.application.port.out.webhook.SendWebhookPort;
import fr.agora.application.port.out.webhook.WebhookDeliveriesPort;
import fr.agora.application.service.webhook.AnnounceEndedPeriodsService;
import fr.agora.application.service.webhook.DispatchWebhooksService;
import fr.agora.application.service.webhook.ManageWebhookEndpointsService;
import fr.agora.application.service.webhook.WebhookDeliveryLogService;
import fr.agora.domain.webhook.RetryPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the webhook use cases. Retry policy from {@code agora.webhooks.*} (defaults: first retry after 5 s, doubling
 * up to 1 h, 12 attempts, endpoint disabled after 30 consecutive failures); sends run on a bounded pool
 * ({@code agora.webhooks.senders}, default 16), so one slow receiver holds one thread, not the dispatcher.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookConfiguration {

    @Bean
    ManageWebhookEndpointsUseCase manageWebhookEndpointsUseCase(LoadWebhookEndpointsPort load, SaveWebhookEndpointPort save,
                                                                SendWebhookPort sender, TransactionPort tx, Clock clock) {
        return new ManageWebhookEndpointsService(load, save, sender, tx, clock);
    }

    @Bean
    WebhookDeliveryLogUseCase webhookDeliveryLogUseCase(LoadWebhookEndpointsPort endpoints, WebhookDeliveriesPort deliveries,
                                                        TransactionPort tx, Clock clock) {
        return new WebhookDeliveryLogService(endpoints, deliveries, tx, clock);
    }

    @Bean
    RetryPolicy webhookRetryPolicy(@Value("${agora.webhooks.retry.base:PT5S}") Duration base,
                                   @Value("${agora.webhooks.retry.cap:PT1H}") Duration cap,
                                   @Value("${agora.webhooks.retry.max-attempts:12}") int maxAttempts,
                                   @Value("${agora.webhooks.disable-after-failures:30}") int disableAfter) {
        return new RetryPolicy(base, cap, maxAttempts, disableAfter);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService webhookSenders(@Value("${agora.webhooks.senders:16}") int senders) {
        return Executors.newFixedThreadPool(senders, r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    DispatchWebhooksUseCase dispatchWebhooksUseCase(WebhookDeliveriesPort deliveries, LoadWebhookEndpointsPort load, SaveWebhookEndpointPort save,
                                                    SendWebhookPort sender, RetryPolicy webhookRetryPolicy, ExecutorService webhookSenders,
                                                    @Value("${agora.webhooks.lease:PT2M}") Duration lease, Clock clock) {
        SecureRandom random = new SecureRandom();
        return new DispatchWebhooksService(deliveries, load, save, sender, webhookRetryPolicy, lease, clock, random::nextDouble, webhookSenders);
    }

    @Bean
    AnnounceEndedPeriodsUseCase announceEndedPeriodsUseCase(EndedPeriodsPort ended, PublishWebhookEventPort publish, LoadCohortPort cohorts,
                                                            LoadStudentPort students, LoadFrameworkPort frameworks, LoadEvaluationsPort evaluations,
                                                            LoadScalePort scales, LoadEstablishmentPort establishments, TransactionPort tx, Clock clock) {
        return new AnnounceEndedPeriodsService(ended, publish, cohorts, students, frameworks, evaluations, scales, establishments, tx, clock);
    }
}
