package fr.agora.application.service.referentiel;

import fr.agora.application.port.out.referentiel.StoredVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.referentiel.PublishBundledReferentielsUseCase.Publication;
import fr.agora.application.port.in.referentiel.ReferentielChecksumConflictException;
import fr.agora.application.port.out.referentiel.LoadReferentielPort;
import fr.agora.application.port.out.referentiel.ReferentielSnapshot;
import fr.agora.application.port.out.referentiel.SaveReferentielPort;
import fr.agora.application.port.out.referentiel.StoredReferentiel;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import fr.agora.domain.referentiel.UnknownReferentielException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferentielCatalogServiceTest {

    /** An in-memory store that counts reads, to show the cache at work. */
    static final class MemoryStore implements LoadReferentielPort, SaveReferentielPort {
        final Map<String, ReferentielSnapshot> rows = new LinkedHashMap<>();
        int loads;

        @Override
        public List<StoredVersion> loadVersions() {
            return rows.values().stream().map(MemoryStore::stored)
                    .map(s -> new StoredVersion(s.id(), s.version(), s.title(), s.checksum(), s.loadedAt())).toList();
        }

        @Override
        public Optional<StoredReferentiel> load(String id) {
            loads++;
            return Optional.ofNullable(rows.get(id)).map(MemoryStore::stored);
        }

        @Override
        public void insert(ReferentielSnapshot s) {
            if (rows.putIfAbsent(s.id(), s) != null) {
                throw new IllegalStateException("duplicate key " + s.id());
            }
        }

        static StoredReferentiel stored(ReferentielSnapshot s) {
            return new StoredReferentiel(s.id(), s.version(), s.title(), s.checksum(), s.content(),
                    Instant.parse("2026-11-23T00:00:00Z"));
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final ReferentielCatalogService service = new ReferentielCatalogService(store, store);

    @Test
    void publishing_twice_stores_once() {
        Publication first = service.publishBundled();
        Publication second = service.publishBundled();

        assertThat(first.published()).containsExactly("agora-2020");
        assertThat(first.alreadyPresent()).isEmpty();
        assertThat(second.published()).isEmpty();
        assertThat(second.alreadyPresent()).containsExactly("agora-2020");
        assertThat(store.rows).hasSize(1);
    }

    @Test
    void the_snapshot_carries_the_content_and_its_checksum() {
        service.publishBundled();
        ReferentielSnapshot s = store.rows.get("agora-2020");
        Referentiel r = Referentiels.agora2020();

        assertThat(s.checksum()).isEqualTo(r.checksum()).isEqualTo(Referentiels.checksum(s.content()));
        // the competency and item rows are gone (V17): the content is the one source, see README "Decisions"
    }

    @Test
    void changed_content_under_a_published_id_is_refused_and_nothing_is_written() {
        service.publishBundled();
        String changed = Referentiels.content("agora-2020").replaceFirst("\\}\\s*$", ",\"_note\":\"x\"}");
        ReferentielCatalogService next = new ReferentielCatalogService(store, store, () -> List.of("agora-2020"),
                id -> changed);

        assertThatThrownBy(next::publishBundled)
                .isInstanceOf(ReferentielChecksumConflictException.class)
                .hasMessageContaining("agora-2020")
                .extracting(e -> ((ReferentielChecksumConflictException) e).details().get("bundledChecksum"))
                .isEqualTo(Referentiels.checksum(changed));
        assertThat(store.rows.get("agora-2020").content()).isEqualTo(Referentiels.content("agora-2020"));
    }

    @Test
    void a_published_version_reads_back_equal_to_the_bundled_one_and_is_parsed_once() {
        service.publishBundled();
        int before = store.loads;

        Referentiel first = service.referentiel("agora-2020");
        Referentiel again = service.referentiel("agora-2020");

        assertThat(first).isEqualTo(Referentiels.agora2020());
        assertThat(again).isSameAs(first);
        assertThat(store.loads - before).isEqualTo(1);
        assertThat(service.versions()).singleElement()
                .satisfies(v -> assertThat(v.checksum()).isEqualTo(first.checksum()));
    }

    @Test
    void an_unknown_id_is_a_404_and_is_not_cached() {
        assertThatThrownBy(() -> service.referentiel("agora-2020"))
                .isInstanceOf(UnknownReferentielException.class);
        service.publishBundled();
        assertThat(service.referentiel("agora-2020").id()).isEqualTo("agora-2020");
    }

    @Test
    void nothing_published_means_no_versions() {
        assertThat(service.versions()).isEmpty();
        assertThat(new ArrayList<>(store.rows.keySet())).isEmpty();
    }
}
