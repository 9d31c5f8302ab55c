package fr.agora.domain.interop.casev1p1;

import fr.agora.domain.interop.casev1p1.CasePackage.Document;
import fr.agora.domain.interop.casev1p1.CasePackage.Item;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@link CaseExporter} makes of one référentiel version: its packages (the référentiel's, then the CRCN's),
 * indexed by document and item identifier. Immutable. {@code contentVersion} ({@code agora-case/1:<checksum>})
 * changes exactly when the export does: another référentiel content or another mapping.
 */
public final class CaseExport {

    private final String referentielId;
    private final String contentVersion;
    private final List<CasePackage> packages;
    private final Map<UUID, CasePackage> byDocument = new LinkedHashMap<>();
    private final Map<UUID, Item> items = new LinkedHashMap<>();
    private final Map<UUID, CasePackage.Association> associations = new LinkedHashMap<>();
    private final Map<UUID, CasePackage.Rubric> rubrics = new LinkedHashMap<>();
    private final Map<UUID, CasePackage.ItemType> itemTypes = new LinkedHashMap<>();

    public CaseExport(String referentielId, String contentVersion, List<CasePackage> packages) {
        this.referentielId = Objects.requireNonNull(referentielId, "referentielId");
        this.contentVersion = Objects.requireNonNull(contentVersion, "contentVersion");
        this.packages = List.copyOf(packages);
        for (CasePackage p : this.packages) {
            byDocument.put(p.document().identifier(), p);
            p.items().forEach(i -> items.put(i.identifier(), i));
            p.associations().forEach(a -> associations.put(a.identifier(), a));
            p.rubrics().forEach(r -> rubrics.put(r.identifier(), r));
            p.definitions().itemTypes().forEach(t -> itemTypes.put(t.identifier(), t));
        }
    }

    public String referentielId() {
        return referentielId;
    }

    public String contentVersion() {
        return contentVersion;
    }

    public List<CasePackage> packages() {
        return packages;
    }

    public List<Document> documents() {
        return packages.stream().map(CasePackage::document).toList();
    }

    public Optional<CasePackage> packageOf(UUID documentId) {
        return Optional.ofNullable(byDocument.get(documentId));
    }

    public Optional<Item> item(UUID itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** Every item of every package, by identifier, in export order. */
    public Map<UUID, Item> items() {
        return Collections.unmodifiableMap(items);
    }

    /** Every association of every package, by identifier. */
    public Map<UUID, CasePackage.Association> associations() {
        return Collections.unmodifiableMap(associations);
    }

    /** Every rubric, by identifier. */
    public Map<UUID, CasePackage.Rubric> rubrics() {
        return Collections.unmodifiableMap(rubrics);
    }

    /** Every item type of every package's definitions, by identifier. */
    public Map<UUID, CasePackage.ItemType> itemTypes() {
        return Collections.unmodifiableMap(itemTypes);
    }
}
