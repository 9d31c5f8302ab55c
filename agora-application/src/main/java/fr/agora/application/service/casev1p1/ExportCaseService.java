package fr.agora.application.service.casev1p1;

import fr.agora.application.port.in.casev1p1.ExportCaseUseCase;
import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.ReferentielVersion;
import fr.agora.domain.interop.casev1p1.CaseExport;
import fr.agora.domain.interop.casev1p1.CaseExporter;
import fr.agora.domain.interop.casev1p1.CasePackage;
import fr.agora.domain.interop.casev1p1.UnknownCaseObjectException;
import fr.agora.domain.referentiel.Referentiel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Serves the CASE export of the published référentiel versions from memory.
 *
 * <p>A published version is immutable, so its export is computed once per (id, checksum) and kept for the life of
 * the process. Reads go to an immutable index of every export (documents, packages and items by identifier), built on
 * first use from {@link FindReferentielUseCase#versions()}. The version list is re-read when an identifier is not
 * found (a version may have been published since), at most once per {@code refreshInterval}, so that a stream of
 * unknown identifiers costs map look-ups and not a database read each.
 *
 * <p>{@link #documents()} computes the exports on first use; an adapter may call it at start-up, once the versions
 * are published, so that the first client does not pay for it.
 *
 * <p>The CRCN framework has the same identifiers in every version's export; when several versions are published, the
 * CRCN package of the most recently published one is served.
 */
public final class ExportCaseService implements ExportCaseUseCase {

    /** How often an unknown identifier may trigger a re-read of the published versions. */
    public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(10);

    private final FindReferentielUseCase referentiels;
    private final Function<Referentiel, CaseExport> exporter;
    private final Clock clock;
    private final Duration refreshInterval;
    private final Map<String, CaseExport> exports = new ConcurrentHashMap<>();
    private volatile Index index;
    private volatile Instant lastRefresh = Instant.MIN;

    public ExportCaseService(FindReferentielUseCase referentiels) {
        this(referentiels, CaseExporter::export, Clock.systemUTC(), DEFAULT_REFRESH_INTERVAL);
    }

    public ExportCaseService(FindReferentielUseCase referentiels, Function<Referentiel, CaseExport> exporter,
                             Clock clock, Duration refreshInterval) {
        this.referentiels = Objects.requireNonNull(referentiels, "referentiels");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshInterval = Objects.requireNonNull(refreshInterval, "refreshInterval");
    }

    @Override
    public Exported<List<CasePackage.Document>> documents() {
        Index i = index();
        return new Exported<>(i.documents, i.contentVersion);
    }

    @Override
    public Exported<CasePackage> casePackage(UUID documentId) {
        Exported<CasePackage> found = index().packages.get(documentId);
        if (found == null) {
            found = refreshedAfterMiss().packages.get(documentId);
        }
        if (found == null) {
            throw new UnknownCaseObjectException("CFPackage", documentId);
        }
        return found;
    }

    @Override
    public Exported<CasePackage.Item> item(UUID itemId) {
        Exported<CasePackage.Item> found = index().items.get(itemId);
        if (found == null) {
            found = refreshedAfterMiss().items.get(itemId);
        }
        if (found == null) {
            throw new UnknownCaseObjectException("CFItem", itemId);
        }
        return found;
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            return refresh(true);
        }
        // nothing published when the index was built (a read before publication): look again, at the same pace
        return i.packages.isEmpty() ? refreshedAfterMiss() : i;
    }

    private Index refreshedAfterMiss() {
        return refresh(false);
    }

    private synchronized Index refresh(boolean initial) {
        if (initial && index != null) {
            return index; // another thread built it meanwhile
        }
        Instant now = clock.instant();
        if (!initial && now.isBefore(lastRefresh.plus(refreshInterval))) {
            return index;
        }
        List<CaseExport> current = new ArrayList<>();
        for (ReferentielVersion v : referentiels.versions()) {
            current.add(exports.computeIfAbsent(v.id() + "@" + v.checksum(),
                    k -> exporter.apply(referentiels.referentiel(v.id()))));
        }
        lastRefresh = now;
        index = new Index(current);
        return index;
    }

    /** Everything the reads need, by identifier; replaced as a whole, never modified. */
    private static final class Index {
        final List<CasePackage.Document> documents;
        final String contentVersion;
        final Map<UUID, Exported<CasePackage>> packages = new LinkedHashMap<>();
        final Map<UUID, Exported<CasePackage.Item>> items = new LinkedHashMap<>();

        Index(List<CaseExport> exports) {
            // oldest first: a later version's copy of a shared framework (the CRCN) replaces the earlier one, in place
            for (CaseExport e : exports) {
                for (CasePackage p : e.packages()) {
                    packages.put(p.document().identifier(), new Exported<>(p, e.contentVersion()));
                    p.items().forEach(i -> items.put(i.identifier(), new Exported<>(i, e.contentVersion())));
                }
            }
            documents = packages.values().stream().map(p -> p.value().document()).toList();
            contentVersion = String.join(",", exports.stream().map(CaseExport::contentVersion).toList());
        }
    }
}
