package fr.agora.adapter.in.rest.referentiel;

import fr.agora.application.port.in.referentiel.PublishBundledReferentielsUseCase;
import fr.agora.application.port.in.referentiel.PublishBundledReferentielsUseCase.Publication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Publishes the bundled référentiel versions at start-up, after Flyway has migrated the schema and before the web
 * server accepts requests (singletons are initialised before lifecycle beans such as the server start), so the first
 * request already finds the référentiel. Idempotent by checksum; a conflicting version stops the start-up, loudly,
 * rather than serving data that differs from what evaluations were recorded against.
 */
@Component
@ConditionalOnProperty(name = "agora.referentiel.publish-on-startup", havingValue = "true", matchIfMissing = true)
class BundledReferentielPublisher implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(BundledReferentielPublisher.class);

    private final PublishBundledReferentielsUseCase publish;

    BundledReferentielPublisher(PublishBundledReferentielsUseCase publish) {
        this.publish = publish;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Publication p = publish.publishBundled();
        LOG.info("Référentiel versions published: {}; already present: {}", p.published(), p.alreadyPresent());
    }
}
