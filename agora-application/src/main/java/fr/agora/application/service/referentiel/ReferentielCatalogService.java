package fr.agora.application.service.referentiel;

import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.PublishBundledReferentielsUseCase;
import fr.agora.application.port.in.referentiel.ReferentielChecksumConflictException;
import fr.agora.application.port.in.referentiel.ReferentielVersion;
import fr.agora.application.port.out.referentiel.LoadReferentielPort;
import fr.agora.application.port.out.referentiel.ReferentielSnapshot;
import fr.agora.application.port.out.referentiel.SaveReferentielPort;
import fr.agora.application.port.out.referentiel.StoredReferentiel;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import fr.agora.domain.referentiel.UnknownReferentielException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The published référentiel versions. A stored version is immutable (insert-only, keyed by id), so once read and
 * parsed it is kept in memory for the life of the process: reads after the first cost a map look-up, no query and no
 * parsing. Unknown ids are never cached, so a version published later by another instance is found.
 */
public final class ReferentielCatalogService implements FindReferentielUseCase, PublishBundledReferentielsUseCase {

    private final LoadReferentielPort load;
    private final SaveReferentielPort save;
    private final Supplier<List<String>> bundledIds;
    private final Function<String, String> bundledContent;
    private final Map<String, Referentiel> parsed = new ConcurrentHashMap<>();

    /** Publishes what the domain jar bundles ({@link Referentiels#catalog()}). */
    public ReferentielCatalogService(LoadReferentielPort load, SaveReferentielPort save) {
        this(load, save, Referentiels::catalog, Referentiels::content);
    }

    /** With another source of bundled versions, e.g. a test publishing modified content. */
    public ReferentielCatalogService(LoadReferentielPort load, SaveReferentielPort save,
                                     Supplier<List<String>> bundledIds, Function<String, String> bundledContent) {
        this.load = load;
        this.save = save;
        this.bundledIds = bundledIds;
        this.bundledContent = bundledContent;
    }

    @Override
    public List<ReferentielVersion> versions() {
        return load.loadVersions().stream()
                .map(s -> new ReferentielVersion(s.id(), s.version(), s.title(), s.checksum(), s.loadedAt()))
                .toList();
    }

    @Override
    public Referentiel referentiel(String id) {
        Referentiel cached = parsed.get(id);
        if (cached != null) {
            return cached;
        }
        StoredReferentiel stored = load.load(id).orElseThrow(() -> new UnknownReferentielException(id));
        return parsed.computeIfAbsent(id, k -> Referentiels.parse(stored.content()));
    }

    @Override
    public Publication publishBundled() {
        List<String> published = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (String id : bundledIds.get()) {
            String content = bundledContent.apply(id);
            String checksum = Referentiels.checksum(content);
            Optional<StoredReferentiel> stored = load.load(id);
            if (stored.isPresent()) {
                if (!stored.get().checksum().equals(checksum)) {
                    throw new ReferentielChecksumConflictException(id, stored.get().checksum(), checksum);
                }
                present.add(id);
            } else {
                Referentiel r = Referentiels.parse(content); // refuses an invalid file before anything is stored
                save.insert(new ReferentielSnapshot(r.id(), r.version(), r.diplomaTitle(), r.checksum(), content));
                published.add(id);
            }
        }
        return new Publication(published, present);
    }
}
