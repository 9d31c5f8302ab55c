package fr.agora.adapter.in.rest.casev1p1;

import fr.agora.application.port.in.casev1p1.ExportCaseUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes the CASE export of the published versions once the application is ready (the versions are published
 * before the server starts), so that the first client does not pay for reading and parsing the stored référentiel
 * and exporting it. A failure here is logged, never fatal: the export is then computed on the first request.
 * Off with {@code agora.case.warm-on-startup=false}.
 */
@Component
@ConditionalOnProperty(name = "agora.case.warm-on-startup", havingValue = "true", matchIfMissing = true)
class CaseExportWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(CaseExportWarmer.class);

    private final ExportCaseUseCase cases;

    CaseExportWarmer(ExportCaseUseCase cases) {
        this.cases = cases;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        long start = System.nanoTime();
        try {
            int documents = cases.documents().value().size();
            LOG.info("CASE export ready: {} frameworks in {} ms", documents, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("CASE export not computed at start-up; it will be on the first request", e);
        }
    }
}
