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
    public Exported<CasePackage.Document> document(UUID documentId) {
        Exported<CasePackage> p = find(i -> i.packages, documentId, "CFDocument");
        return new Exported<>(p.value().document(), p.contentVersion());
    }

    @Override
    public Exported<CasePackage> casePackage(UUID documentId) {
        return find(i -> i.packages, documentId, "CFPackage");
    }

    @Override
    public Exported<CasePackage.Item> item(UUID itemId) {
        return find(i -> i.items, itemId, "CFItem");
    }

    @Override
    public Exported<ItemAssociations> itemAssociations(UUID itemId) {
        return find(i -> i.itemAssociations, itemId, "CFItem");
    }

    @Override
    public Exported<CasePackage.Association> association(UUID associationId) {
        return find(i -> i.associations, associationId, "CFAssociation");
    }

    @Override
    public Exported<CasePackage.Rubric> rubric(UUID rubricId) {
        return find(i -> i.rubrics, rubricId, "CFRubric");
    }

    @Override
    public Exported<CasePackage.ItemType> itemType(UUID itemTypeId) {
        return find(i -> i.itemTypes, itemTypeId, "CFItemType");
    }

    /** A look-up in the index; on a miss, in a re-read index (rate-limited); then 404. */
    private <T> Exported<T> find(Function<Index, Map<UUID, Exported<T>>> map, UUID id, String kind) {
        Exported<T> found = map.apply(index()).get(id);
        if (found == null) {
            found = map.apply(refreshedAfterMiss()).get(id);
        }
        if (found == null) {
            throw new UnknownCaseObjectException(kind, id);
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
        final Map<UUID, Exported<ItemAssociations>> itemAssociations = new LinkedHashMap<>();
        final Map<UUID, Exported<CasePackage.Association>> associations = new LinkedHashMap<>();
        final Map<UUID, Exported<CasePackage.Rubric>> rubrics = new LinkedHashMap<>();
        final Map<UUID, Exported<CasePackage.ItemType>> itemTypes = new LinkedHashMap<>();

        Index(List<CaseExport> exports) {
            // oldest first: a later version's copy of a shared framework (the CRCN) replaces the earlier one, in place
            Map<UUID, List<CasePackage.Association>> touching = new LinkedHashMap<>();
            for (CaseExport e : exports) {
                String v = e.contentVersion();
                for (CasePackage p : e.packages()) {
                    packages.put(p.document().identifier(), new Exported<>(p, v));
                    p.items().forEach(i -> {
                        items.put(i.identifier(), new Exported<>(i, v));
                        touching.put(i.identifier(), new ArrayList<>());
                    });
                    p.definitions().itemTypes().forEach(t -> itemTypes.put(t.identifier(), new Exported<>(t, v)));
                    p.rubrics().forEach(r -> rubrics.put(r.identifier(), new Exported<>(r, v)));
                }
            }
            for (Exported<CasePackage> p : packages.values()) {
                for (CasePackage.Association a : p.value().associations()) {
                    associations.put(a.identifier(), new Exported<>(a, p.contentVersion()));
                    touchedBy(touching, a.originNodeUri().identifier(), a);
                    touchedBy(touching, a.destinationNodeUri().identifier(), a);
                }
            }
            items.forEach((id, i) -> itemAssociations.put(id,
                    new Exported<>(new ItemAssociations(i.value(), touching.get(id)), String.join(",",
                            exports.stream().map(CaseExport::contentVersion).toList()))));
            documents = packages.values().stream().map(p -> p.value().document()).toList();
            contentVersion = String.join(",", exports.stream().map(CaseExport::contentVersion).toList());
        }

        private static void touchedBy(Map<UUID, List<CasePackage.Association>> touching, UUID itemId,
                                      CasePackage.Association a) {
            List<CasePackage.Association> list = touching.get(itemId);
            if (list != null) { // a document is not an item
                list.add(a);
            }
        }
    }
}
